using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PainPumpInfo.Content.Rendering.Citations;

/// <summary>
/// A citation as small numbered links to the article's source list, e.g. <c>[3, 5]</c>. Each link is read out as
/// "source 3" and has an id the source list links back to; the numbers print with the page.
/// </summary>
public sealed class CitationRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        if (citation.Citations.Any(c => c.Number is null))
        {
            // An unknown key is an error `check` reports; readers see what was written rather than a dead link.
            renderer.WriteEscape(citation.Source);
            return;
        }

        renderer.Write("<sup class=\"citation\">[");
        for (var i = 0; i < citation.Citations.Count; i++)
        {
            var cite = citation.Citations[i];
            if (i > 0) renderer.Write(", ");
            renderer.Write("<a href=\"#").Write(SourceAnchors.SourceId(cite.Key))
                .Write("\" id=\"").Write(SourceAnchors.CitationId(cite.Key, cite.Occurrence))
                .Write("\" aria-label=\"source ").Write(cite.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Write("\">").Write(cite.Number!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("</a>");
        }
        renderer.Write("]</sup>");
    }
}
