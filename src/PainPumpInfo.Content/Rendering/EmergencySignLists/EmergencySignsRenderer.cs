using Markdig.Renderers;
using Markdig.Renderers.Html;
using PainPumpInfo.Content.Model.Emergency;
using PainPumpInfo.Content.Rendering.Callouts;

namespace PainPumpInfo.Content.Rendering.EmergencySignLists;

/// <summary>
/// A list of signs as the same labelled callout editors write by hand: the label, the title, the signs with their
/// numbered citations (under "Early signs" and "Later signs" where the source says when they show up), then the one instruction.
/// </summary>
public sealed class EmergencySignsRenderer : HtmlObjectRenderer<EmergencySignsBlock>
{
    protected override void Write(HtmlRenderer renderer, EmergencySignsBlock block)
    {
        // An embed that names nothing is an error `check` reports; readers see no half-built box.
        if (block.List is not { } list) return;
        var kind = CalloutKind.Find(list.Callout) ?? CalloutKind.Urgent;
        renderer.EnsureLine();
        renderer.Write(kind.OpeningHtml("emergency-signs"));
        renderer.Write("<p><strong>").WriteEscape(list.Title).WriteLine("</strong></p>");
        for (var i = 0; i < list.Signs.Count; i++)
        {
            var sign = list.Signs[i];
            var startsRun = i == 0 || list.Signs[i - 1].Stage != sign.Stage;
            if (startsRun)
            {
                if (i > 0) renderer.WriteLine("</ul>");
                if (StageLabel(sign.Stage) is { } label) renderer.Write("<p>").WriteEscape(label).WriteLine(":</p>");
                renderer.WriteLine("<ul>");
            }
            renderer.Write("<li>").WriteEscape(sign.Text).Write(' ');
            renderer.Write(block.Citations[i]);
            renderer.WriteLine("</li>");
        }
        renderer.WriteLine("</ul>");
        renderer.Write("<p>").WriteEscape(list.Action).WriteLine("</p>");
        renderer.WriteLine("</div>");
    }

    public static string? StageLabel(SignStage stage) => stage switch
    {
        SignStage.Early => "Early signs",
        SignStage.Later => "Later signs",
        _ => null,
    };
}
