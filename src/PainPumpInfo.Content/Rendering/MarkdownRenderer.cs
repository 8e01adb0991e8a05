using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Emergency;
using PainPumpInfo.Content.Rendering.Callouts;
using PainPumpInfo.Content.Rendering.Citations;
using PainPumpInfo.Content.Rendering.EmergencySignLists;
using PainPumpInfo.Content.Rendering.Glossary;
using PainPumpInfo.Content.Rendering.PumpFacts;
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
            .UseYamlFrontMatter()
            .UsePipeTables()
            .Use<ScrollableTableExtension>()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .Use<CalloutExtension>()
            .Use<CitationExtension>()
            .Use<PumpFactsExtension>()
            .Use<EmergencySignsExtension>()
            .Build();
    }

    /// <param name="sources">The article's listed sources, which its citations number into.</param>
    /// <param name="embedded">The data that <c>:::pump-facts</c> and <c>:::emergency-signs</c> embeds show.</param>
    /// <returns>Null when the Markdown cannot be rendered at all (a diagnostic says why).</returns>
    public RenderedBody? Render(string path, string route, string markdown, List<Diagnostic> diagnostics,
        GlossaryLinker? glossary = null, IReadOnlyList<Source>? sources = null, EmbeddedData? embedded = null)
    {
        try
        {
            var document = Markdown.Parse(markdown, pipeline);
            // Embeds cite their data file's sources: those the article does not list itself are listed after its own.
            var data = embedded ?? EmbeddedData.None;
            IReadOnlyList<Source> cited =
            [
                .. PumpFactsResolver.Resolve(path, document, data.Pumps, diagnostics),
                .. EmergencySignsResolver.Resolve(path, document, data.Signs, diagnostics),
            ];
            return RenderDocument(path, route, markdown, document, diagnostics, glossary ?? GlossaryLinker.Empty,
                EmbeddedSources.After(sources ?? [], cited));
        }
        catch (ArgumentException ex)
        {
            // Markdig refuses input nested deeper than its limit (lists, quotes, brackets), when parsing or rendering.
            diagnostics.Add(new Diagnostic(path, 1, 1, Severity.Error, $"the Markdown cannot be read: {ex.Message}",
                "lists, quotes or brackets are nested far too deeply; simplify the structure"));
            return null;
        }
    }

    private RenderedBody RenderDocument(string path, string route, string markdown, MarkdownDocument document,
        List<Diagnostic> diagnostics, GlossaryLinker glossary, IReadOnlyList<Source> sources)
    {
        ReportUnknownCallouts(path, document, diagnostics);
        var listedSources = CitationNumbering.Apply(path, markdown, document, sources, diagnostics);
        UncitedNumbers.Report(path, document, diagnostics);
        var links = new LinkRewriter(path, route);
        links.Rewrite(document, diagnostics);
        glossary.Link(document); // after the rewriter: term links are the site's own, not the editor's

        var html = document.ToHtml(pipeline);
        var rawHtml = document.Descendants<HtmlBlock>().Cast<MarkdownObject>().Concat(document.Descendants<HtmlInline>()).FirstOrDefault();
        if (rawHtml is not null)
        {
            var (safe, removed) = sanitizer.Sanitize(html);
            html = safe;
            foreach (var what in removed.Distinct())
                diagnostics.Add(new Diagnostic(path, rawHtml.Line + 1, rawHtml.Column + 1, Severity.Warning,
                    $"unsafe HTML removed: {what}", "use Markdown instead of HTML; scripts, styles, frames and forms are never shown"));
        }

        return new RenderedBody(
            Html: html,
            Headings: BodyOutline.Headings(document),
            Questions: BodyOutline.Questions(document),
            ReadingGrade: ReadingGrade.Of(BodyOutline.Prose(document)),
            Links: links.Links,
            Images: links.Images,
            Passages: BodyOutline.Passages(document),
            Sources: listedSources);
    }

    private static void ReportUnknownCallouts(string path, MarkdownDocument document, List<Diagnostic> diagnostics)
    {
        foreach (var container in document.Descendants<CustomContainer>())
            if (CalloutKind.Find(container.Info) is null)
                diagnostics.Add(new Diagnostic(path, container.Line + 1, container.Column + 1, Severity.Warning,
                    $"unknown callout ':::{container.Info}' is shown as a note",
                    $"use one of: {string.Join(", ", CalloutKind.All.Select(k => ":::" + k.Name))}"));
    }
}
