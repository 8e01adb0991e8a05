using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Pumps;
using PainPumpInfo.Content.Pumps;

namespace PainPumpInfo.Content.Search;

/// <summary>
/// The pump pages as search sees them: each is indexed like an article (title, description, text under each
/// heading), so "Medtronic pump", "Flowonix" or a model number such as 8637 finds the model's page.
/// </summary>
public static class PumpSearchPages
{
    public const string SectionTitle = "Pump models";

    public static IReadOnlyList<Section> Sections(PumpCatalog catalog, PumpPages pages)
    {
        if (catalog.IsEmpty || pages.Comparison is null || catalog.LastReviewed is not { } reviewed) return [];
        var entries = new List<Article> { Page("pumps", PumpPages.ComparisonTitle, PumpPages.ComparisonDescription, pages.Comparison, reviewed, catalog) };
        foreach (var model in catalog.Models)
            if (pages.Models.GetValueOrDefault(model.Key) is { } body)
                entries.Add(Page("pumps/" + model.Key, PumpPages.TitleOf(model), PumpPages.DescriptionOf(model), body, reviewed, catalog));
        return [new Section("pumps", SectionTitle, entries)];
    }

    private static Article Page(string route, string title, string description, Rendering.RenderedBody body, DateOnly reviewed, PumpCatalog catalog)
    {
        var front = new FrontMatter(title, description, "pumps", null, reviewed, null, reviewed.AddYears(1), catalog.Sources, [], [], Draft: false);
        return new Article(route, PumpCatalog.FileName, front, body, catalog.Version);
    }
}
