using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

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
        renderer.Write("<div class=\"table-scroll\" role=\"region\" aria-label=\"").WriteEscape(LabelOf(block)).WriteLine("\" tabindex=\"0\">");
        table.Write(renderer, block);
        renderer.WriteLine("</div>");
    }

    /// <summary>
    /// "Table 2: Side effects": numbered so that each scroll region on a page has its own name (screen readers
    /// list regions by name), and named after the section it sits in so the name says what the table is about.
    /// </summary>
    public static string LabelOf(Table block)
    {
        Block root = block;
        while (root.Parent is not null) root = root.Parent;
        var number = 0;
        string? heading = null;
        foreach (var each in root is ContainerBlock container ? container.Descendants() : [])
        {
            if (each is HeadingBlock h) heading = PlainText.Of(h);
            if (each is not Table) continue;
            number++;
            if (ReferenceEquals(each, block)) break;
        }
        return string.IsNullOrEmpty(heading) ? $"Table {number}" : $"Table {number}: {heading}";
    }
}
