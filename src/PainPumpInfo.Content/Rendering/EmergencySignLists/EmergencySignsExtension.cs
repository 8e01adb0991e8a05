using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace PainPumpInfo.Content.Rendering.EmergencySignLists;

/// <summary>Warning signs in articles: <c>:::emergency-signs baclofen-withdrawal</c> shows that list from content/emergency-signs.yml.</summary>
public sealed class EmergencySignsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Contains<EmergencySignsBlockParser>()) return;
        // Before the ':::' callout parser: ":::emergency-signs" would otherwise open a callout container.
        if (pipeline.BlockParsers.Contains<CustomContainerParser>())
            pipeline.BlockParsers.InsertBefore<CustomContainerParser>(new EmergencySignsBlockParser());
        else
            pipeline.BlockParsers.Insert(0, new EmergencySignsBlockParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
            html.ObjectRenderers.AddIfNotAlready<EmergencySignsRenderer>();
    }
}
