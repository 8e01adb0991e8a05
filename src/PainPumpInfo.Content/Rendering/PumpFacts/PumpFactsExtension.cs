using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace PainPumpInfo.Content.Rendering.PumpFacts;

/// <summary>Pump data in articles: <c>:::pump-facts mri</c> shows each model's MRI rule from content/pumps.yml.</summary>
public sealed class PumpFactsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Contains<PumpFactsParser>()) return;
        // First among the ':' parsers: ":::pump-facts" would otherwise open a callout container.
        if (pipeline.BlockParsers.Contains<CustomContainerParser>())
            pipeline.BlockParsers.InsertBefore<CustomContainerParser>(new PumpFactsParser());
        else
            pipeline.BlockParsers.Insert(0, new PumpFactsParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
            html.ObjectRenderers.AddIfNotAlready<PumpFactsRenderer>();
    }
}
