using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Rendering.Callouts;

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
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .Use<CalloutExtension>()
            .Build();
    }

    /// <returns>Null when the Markdown cannot be rendered at all (a diagnostic says why).</returns>
    public RenderedBody? Render(string path, string route, string markdown, List<Diagnostic> diagnostics)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException ex)
        {
            // Markdig refuses input nested deeper than its limit (lists, quotes, brackets).
            diagnostics.Add(new Diagnostic(path, 1, 1, Severity.Error, $"the Markdown cannot be read: {ex.Message}",
                "lists, quotes or brackets are nested far too deeply; simplify the structure"));
            return null;
        }

        ReportUnknownCallouts(path, document, diagnostics);
        var links = new LinkRewriter(path, route);
        links.Rewrite(document, diagnostics);

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
            PlainText: PlainText.Of(document),
            ReadingGrade: ReadingGrade.Of(BodyOutline.Prose(document)),
            Links: links.Links,
            Images: links.Images,
            Passages: BodyOutline.Passages(document));
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
