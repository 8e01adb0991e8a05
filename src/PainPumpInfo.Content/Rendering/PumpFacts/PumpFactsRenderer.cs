using Markdig.Renderers;
using Markdig.Renderers.Html;
using PainPumpInfo.Content.Model.Pumps;

namespace PainPumpInfo.Content.Rendering.PumpFacts;

/// <summary>
/// An embed as a two-column table in a labelled, keyboard-focusable scroll region (like every table of the site),
/// each value followed by its numbered citations. A fact nobody could confirm says so in words.
/// </summary>
public sealed class PumpFactsRenderer : HtmlObjectRenderer<PumpFactsBlock>
{
    public const string UnknownText = PumpFactValue.UnknownText;

    protected override void Write(HtmlRenderer renderer, PumpFactsBlock block)
    {
        // An embed that names nothing is an error `check` reports; readers see no half-built table.
        if (block.Table is not { } table) return;
        renderer.EnsureLine();
        renderer.Write("<div class=\"table-scroll pump-facts\" role=\"region\" aria-label=\"").WriteEscape(table.Label).WriteLine("\" tabindex=\"0\">");
        renderer.WriteLine("<table>");
        renderer.Write("<thead><tr><th scope=\"col\">").WriteEscape(table.RowHeading).Write("</th><th scope=\"col\">")
            .WriteEscape(table.ValueHeading).WriteLine("</th></tr></thead>");
        renderer.WriteLine("<tbody>");
        foreach (var row in table.Rows)
        {
            renderer.Write("<tr><th scope=\"row\">");
            if (row.Url is null) renderer.WriteEscape(row.Heading);
            else renderer.Write("<a href=\"").WriteEscapeUrl(row.Url).Write("\">").WriteEscape(row.Heading).Write("</a>");
            if (row.Note.Length > 0) renderer.Write(" <span class=\"pump-note\">").WriteEscape(row.Note).Write("</span>");
            renderer.Write("</th><td>");
            if (row.Answer == UnknownText) renderer.Write("<span class=\"fact-unknown\">").WriteEscape(UnknownText).Write(".</span>");
            else if (row.Answer is not null) renderer.Write("<strong>").WriteEscape(row.Answer).Write(".</strong>");
            if (row.Value.Text is { } text)
            {
                if (row.Answer is not null) renderer.Write(' ');
                renderer.WriteEscape(text);
                if (row.Citation is not null) renderer.Write(' ').Write(row.Citation);
            }
            else if (row.Answer is null)
            {
                renderer.Write("<span class=\"fact-unknown\">").WriteEscape(UnknownText).Write("</span>");
            }
            renderer.WriteLine("</td></tr>");
        }
        renderer.WriteLine("</tbody>");
        renderer.WriteLine("</table>");
        renderer.WriteLine("</div>");
    }
}
