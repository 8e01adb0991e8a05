using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Pumps;
using PainPumpInfo.Content.Rendering;
using PainPumpInfo.Content.Rendering.Glossary;

namespace PainPumpInfo.Content.Pumps;

/// <summary>
/// The bodies of /pumps and /pumps/{key}, rendered once per catalog through the articles' own pipeline: the same
/// tables, the same numbered citations and the same source list as an article that embeds the facts.
/// </summary>
public sealed record PumpPages(RenderedBody? Comparison, IReadOnlyDictionary<string, RenderedBody> Models)
{
    public static PumpPages None { get; } = new(null, new Dictionary<string, RenderedBody>());

    /// <param name="articleTitle">The title of the article at a route, or null when the site serves none there.</param>
    public static PumpPages Render(MarkdownRenderer renderer, PumpCatalog catalog, GlossaryLinker glossary, Func<string, string?> articleTitle)
    {
        if (catalog.IsEmpty) return None;
        // The catalog was checked when it loaded; anything said here about generated text is not the editor's to fix.
        var ignored = new List<Diagnostic>();
        var comparison = renderer.Render(PumpCatalog.FileName, "pumps", PumpPageMarkdown.Comparison(catalog, articleTitle), ignored, glossary, [], catalog);
        var models = new Dictionary<string, RenderedBody>();
        foreach (var model in catalog.Models)
            if (renderer.Render(PumpCatalog.FileName, "pumps/" + model.Key, PumpPageMarkdown.Model(model), ignored, glossary, [], catalog) is { } body)
                models[model.Key] = body;
        return new PumpPages(comparison, models);
    }

    public const string ComparisonTitle = "Which pump do I have?";

    public const string ComparisonDescription =
        "How to find out which pain pump you have, and every pump model compared: MRI scans, alarms, battery, pressure and medicines.";

    public static string TitleOf(PumpModel model) => $"{model.FullName} pump";

    public static string DescriptionOf(PumpModel model) =>
        $"What is known about the {model.Name} ({PumpPageMarkdown.Describe(model)}): MRI scans, alarms, battery, pressure and medicines, with sources.";
}
