using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Emergency;
using PainPumpInfo.Content.Rendering.Callouts;
using PainPumpInfo.Content.Rendering.Citations;
using PainPumpInfo.Content.Rendering.EmergencySignLists;
using PainPumpInfo.Content.Rendering.Glossary;
using PainPumpInfo.Content.Rendering.Links;
using PainPumpInfo.Content.Rendering.PumpFacts;
using PainPumpInfo.Content.Validation;
using PainPumpInfo.Content.Model.Pumps;
using PainPumpInfo.Content.Rendering.Tables;

namespace PainPumpInfo.Content.Rendering;

/// <summary>ONE Markdig pipeline, built once, that turns an article's Markdown into safe HTML and its outline.</summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline pipeline;
    private readonly RawHtmlSanitizer sanitizer = new();

    public MarkdownRenderer()
    {
        // Extensions are picked one by one: UseAdvancedExtensions() would allow {onclick=…} attributes and
        // turn video links into third-party iframes.
        pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .Use<ScrollableTableExtension>()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .Use<CalloutExtension>()
            .Use<CitationExtension>()
            .Use<PumpFactsExtension>()
            .Use<EmergencySignsExtension>()
            .Build();
    }

    /// <summary>
    /// What happens to an article's syntax tree between parsing and HTML, in this order. Each pass has one job and
    /// lives in its feature's folder, in the Markdig style.
    /// </summary>
    private static readonly IReadOnlyList<Action<RenderContext>> Passes =
    [
        // Embeds first: the tables and boxes they fill in cite sources that the citation numbering counts.
        Embeds.Resolve,
        UnknownCallouts.Report,
        context => context.ListedSources = CitationNumbering.Apply(context.Path, context.FileText, context.Document, context.Sources, context.Diagnostics),
        context => UncitedNumbers.Report(context.Path, context.Document, context.Diagnostics),
        UnsafeLinks.Remove,
        ExternalLinks.Mark,
        ArticleLinks.Rewrite,
        ContentImages.Rewrite,
        // After the link passes: term links are the site's own, not the editor's.
        context => context.Glossary.Link(context.Document),
    ];

    /// <param name="sources">The article's listed sources, which its citations number into.</param>
    /// <param name="embedded">The data that <c>:::pump-facts</c> and <c>:::emergency-signs</c> embeds show.</param>
    /// <param name="fileText">The whole file, front matter included, where warnings about listed sources point; the Markdown when omitted.</param>
    /// <returns>Null when the Markdown cannot be rendered at all (a diagnostic says why).</returns>
    public RenderedBody? Render(string path, string route, string markdown, List<Diagnostic> diagnostics,
        GlossaryLinker? glossary = null, IReadOnlyList<Source>? sources = null, EmbeddedData? embedded = null, string? fileText = null)
    {
        try
        {
            var document = Markdown.Parse(markdown, pipeline);
            var context = new RenderContext(path, route, fileText ?? markdown, document, diagnostics, glossary ?? GlossaryLinker.Empty,
                sources ?? [], embedded ?? EmbeddedData.None);
            foreach (var pass in Passes) pass(context);
            return new RenderedBody(
                HtmlUtf8: Encoding.UTF8.GetBytes(SafeHtml(context)),
                Headings: BodyOutline.Headings(document),
                Questions: BodyOutline.Questions(document),
                Grade: ReadingGrade.Of(BodyOutline.Prose(document)),
                Links: context.Links,
                Images: context.Images,
                Passages: BodyOutline.Passages(document),
                Sources: context.ListedSources);
        }
        catch (ArgumentException ex)
        {
            // Markdig refuses input nested deeper than its limit (lists, quotes, brackets), when parsing or rendering.
            diagnostics.Add(new Diagnostic(path, 1, 1, Severity.Error, $"the Markdown cannot be read: {ex.Message}",
                "lists, quotes or brackets are nested far too deeply; simplify the structure"));
            return null;
        }
    }

    /// <summary>The document as HTML; raw HTML an editor wrote is sanitized, and each removal reported.</summary>
    private string SafeHtml(RenderContext context)
    {
        var html = context.Document.ToHtml(pipeline);
        var rawHtml = context.Document.Descendants<HtmlBlock>().Cast<MarkdownObject>().Concat(context.Document.Descendants<HtmlInline>()).FirstOrDefault();
        if (rawHtml is null) return html;
        var (safe, removed) = sanitizer.Sanitize(html);
        foreach (var what in removed.Distinct())
            context.Report(rawHtml, Severity.Warning, $"unsafe HTML removed: {what}",
                "use Markdown instead of HTML; scripts, styles, frames and forms are never shown");
        return safe;
    }
}
