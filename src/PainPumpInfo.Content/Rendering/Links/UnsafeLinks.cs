using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Rendering.Links;

/// <summary>Unwraps links whose scheme could run code (javascript:, data:, …): their text stays, the link goes.</summary>
public static class UnsafeLinks
{
    public static void Remove(RenderContext context)
    {
        foreach (var link in context.Document.Descendants<LinkInline>().ToList())
        {
            var url = link.Url?.Trim() ?? "";
            if (LinkTarget.SchemeOf(url) is { } scheme && !LinkTarget.SafeSchemes.Contains(scheme))
                Replace(context, link, url, TextOf(link));
        }
        foreach (var autolink in context.Document.Descendants<AutolinkInline>().ToList())
            if (!autolink.IsEmail && (LinkTarget.SchemeOf(autolink.Url) is not { } scheme || !LinkTarget.SafeSchemes.Contains(scheme)))
                Replace(context, autolink, autolink.Url, new LiteralInline(autolink.Url));
    }

    private static ContainerInline TextOf(LinkInline link)
    {
        var text = new ContainerInline();
        foreach (var child in link.ToList())
        {
            child.Remove();
            text.AppendChild(child);
        }
        return text;
    }

    private static void Replace(RenderContext context, Inline unsafeLink, string url, Inline replacement)
    {
        unsafeLink.ReplaceBy(replacement);
        var shown = url.Length > 40 ? url[..40] + "…" : url;
        context.Report(unsafeLink, Severity.Warning,
            $"link to '{shown}' was removed: only http, https, mailto and tel links are allowed",
            "link to a web page (https://...) or to another article (other-page.md)");
    }
}
