using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PainPumpInfo.Content.Rendering.Callouts;

/// <summary>Renders <c>:::urgent</c> and friends as a labelled note, so the meaning never rests on colour alone.</summary>
public sealed class CalloutRenderer : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        var kind = CalloutKind.Find(container.Info) ?? CalloutKind.Note;
        renderer.EnsureLine();
        renderer.Write(kind.OpeningHtml());
        renderer.WriteChildren(container);
        renderer.WriteLine("</div>");
    }
}
