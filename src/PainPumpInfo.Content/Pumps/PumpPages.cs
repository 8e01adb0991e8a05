using PainPumpInfo.Content.Model.Emergency;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Pumps;
using PainPumpInfo.Content.Rendering;
using PainPumpInfo.Content.Rendering.Glossary;

namespace PainPumpInfo.Content.Pumps;

/// <summary>
/// /pumps and /pumps/{key} as pages made from the catalog, rendered once per snapshot through the articles' own
/// pipeline: the same tables, numbered citations and source list as an article that embeds the facts. Each is an
/// <see cref="Article"/> (its path is pumps.yml) so search, the sitemap and structured data treat it like one.
/// </summary>
/// <param name="Comparison">"Which pump do I have?" with every fact of every model; null without a catalog.</param>
/// <param name="Models">One page per model, by model key.</param>
public sealed record PumpPages(Article? Comparison, IReadOnlyDictionary<string, Article> Models)
{
    public const string ComparisonRoute = "pumps";

    public const string ComparisonTitle = "Which pump do I have?";

    public const string ComparisonDescription =
        "How to find out which pain pump you have, and every pump model compared: MRI scans, alarms, battery, pressure and medicines.";

    public static PumpPages None { get; } = new(null, new Dictionary<string, Article>());

    /// <summary>The comparison first, then the models in the file's order.</summary>
    public IEnumerable<Article> All => Comparison is null ? [] : Models.Values.Prepend(Comparison);

    /// <param name="articleTitle">The title of the article at a route, or null when the site serves none there.</param>
    public static PumpPages Render(MarkdownRenderer renderer, PumpCatalog catalog, GlossaryLinker glossary, Func<string, string?> articleTitle)
    {
        if (catalog.IsEmpty || catalog.LastReviewed is not { } reviewed) return None;
        // The catalog was checked when it loaded; anything said here about generated text is not the editor's to fix.
        var ignored = new List<Diagnostic>();
        // The ID-card advice opens the comparison, so its source is listed (and numbered) first.
        IReadOnlyList<Source> opening = catalog.Source(PumpPageMarkdown.IdCardSource) is { } idCard ? [idCard] : [];
        Article? Page(string route, string title, string description, string markdown) =>
            renderer.Render(PumpCatalog.FileName, route, markdown, ignored, glossary, route == ComparisonRoute ? opening : [], new EmbeddedData(catalog, EmergencySigns.Empty)) is { } body
                ? new Article(route, PumpCatalog.FileName, FrontMatterOf(title, description, reviewed, body), body, catalog.Version, catalog.Version)
                : null;

        var comparison = Page(ComparisonRoute, ComparisonTitle, ComparisonDescription, PumpPageMarkdown.Comparison(catalog, articleTitle));
        var models = new Dictionary<string, Article>();
        foreach (var model in catalog.Models)
            if (Page(ComparisonRoute + "/" + model.Key, TitleOf(model), DescriptionOf(model), PumpPageMarkdown.Model(model)) is { } page)
                models[model.Key] = page;
        return new PumpPages(comparison, models);
    }

    public static string TitleOf(PumpModel model) => $"{model.FullName} pump";

    public static string DescriptionOf(PumpModel model) =>
        $"What is known about the {model.Name} ({PumpPageMarkdown.Describe(model)}): MRI scans, alarms, battery, pressure and medicines, with sources.";

    /// <summary>The file has one review date and no reviewer field: pages say they have not been reviewed by a clinician.</summary>
    private static FrontMatter FrontMatterOf(string title, string description, DateOnly reviewed, RenderedBody body) =>
        new(title, description, Section: null, Order: null, reviewed, ReviewedBy: null, reviewed.AddYears(1),
            body.Sources.Select(s => s.Source).ToArray(), Aliases: [], Related: [], Draft: false);
}
