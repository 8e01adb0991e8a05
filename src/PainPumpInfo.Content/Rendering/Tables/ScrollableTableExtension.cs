using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace PainPumpInfo.Content.Rendering.Tables;

/// <summary>Renders pipe tables inside a scroll region; register it after UsePipeTables(), whose renderer it replaces.</summary>
public sealed class ScrollableTableExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.RemoveAll(r => r is HtmlTableRenderer);
            html.ObjectRenderers.AddIfNotAlready<ScrollableTableRenderer>();
        }
    }
}
