using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace PainPumpInfo.Content.Rendering.Citations;

/// <summary>Pandoc's citation syntax, <c>[@key]</c>, as numbered links to the article's sources.</summary>
public sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.Contains<CitationInlineParser>()) return;
        // Before the link parser: "[@key]" would otherwise start a link.
        var link = pipeline.InlineParsers.FindExact<LinkInlineParser>();
        if (link is null) pipeline.InlineParsers.Add(new CitationInlineParser());
        else pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is Markdig.Renderers.HtmlRenderer html)
            html.ObjectRenderers.AddIfNotAlready<CitationRenderer>();
    }
}
