using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Pumps;
using PainPumpInfo.Content.Pumps;

namespace PainPumpInfo.Content.SiteSearch;

/// <summary>
/// The pump pages as search sees them: each is found by what names it — the title, the description and one passage
/// of model names, makers and model numbers — so "Medtronic pump", "Flowonix" or 8637 finds the model's page.
/// </summary>
/// <remarks>
/// Not by the facts' text: the comparison holds a sentence on every topic, and would otherwise come before the
/// article written about that topic ("hyperbaric chamber" must find the pressure article first).
/// </remarks>
public static class PumpSearchPages
{
    public const string SectionTitle = "Pump models";

    public static IReadOnlyList<Section> Sections(PumpCatalog catalog, PumpPages pages)
    {
        if (pages.Comparison is not { } comparison) return [];
        var entries = new List<Article> { Named(comparison, string.Join(". ", catalog.Models.Select(Names))) };
        foreach (var model in catalog.Models)
            if (pages.Models.GetValueOrDefault(model.Key) is { } page) entries.Add(Named(page, Names(model)));
        return [new Section("pumps", SectionTitle, entries)];
    }

    /// <summary>"Medtronic SynchroMed II: Medtronic, model 8637".</summary>
    private static string Names(PumpModel model) => $"{model.FullName}: {PumpPageMarkdown.Describe(model)}";

    private static Article Named(Article page, string names) =>
        page with { Body = page.Body with { Passages = [Passage.Of(null, names)] } };
}
