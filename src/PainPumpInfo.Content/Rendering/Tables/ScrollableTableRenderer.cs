using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PainPumpInfo.Content.Rendering.Tables;

/// <summary>
/// Wraps each table in a labelled, keyboard-focusable scroll region, so a wide table scrolls on its own on a
/// phone instead of making the whole page scroll sideways.
/// </summary>
public sealed class ScrollableTableRenderer : HtmlObjectRenderer<Table>
{
    private readonly HtmlTableRenderer table = new();

    protected override void Write(HtmlRenderer renderer, Table block)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\">");
        table.Write(renderer, block);
        renderer.WriteLine("</div>");
    }
}
