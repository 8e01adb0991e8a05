using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PainPumpInfo.Content.Rendering.Links;

/// <summary>Marks links to other sites rel="noopener noreferrer": the other site learns nothing of the page the reader came from.</summary>
public static class ExternalLinks
{
    public static void Mark(RenderContext context)
    {
        foreach (var link in context.Document.Descendants<LinkInline>())
        {
            var url = link.Url?.Trim() ?? "";
            if (url.StartsWith("//") || LinkTarget.SchemeOf(url) is "http" or "https") MarkExternal(link);
        }
        foreach (var autolink in context.Document.Descendants<AutolinkInline>())
            if (!autolink.IsEmail) MarkExternal(autolink);
    }

    private static void MarkExternal(Inline link) => link.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");
}
