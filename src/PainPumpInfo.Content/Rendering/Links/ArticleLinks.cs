using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PainPumpInfo.Content.Rendering.Links;

/// <summary>
/// Turns links to other articles (<c>../risks/granuloma.md#signs</c>, relative to the file, as editors' tools
/// preview them) into site routes (<c>/risks/granuloma#signs</c>), and keeps each for the validator to check.
/// </summary>
public static class ArticleLinks
{
    public static void Rewrite(RenderContext context)
    {
        foreach (var link in context.Document.Descendants<LinkInline>())
        {
            var url = link.Url?.Trim() ?? "";
            if (link.IsImage || !LinkTarget.IsRelative(url)) continue;
            var (target, anchor) = LinkTarget.Split(url);
            if (target.Length == 0)
            {
                if (anchor.Length > 0) context.Links.Add(new InternalLink(context.Route, anchor, link.Line + 1, link.Column + 1));
                continue;
            }
            if (!target.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) continue;

            var resolved = LinkTarget.Resolve(context.Path, target);
            var route = resolved is null ? target : resolved[..^".md".Length];
            context.Links.Add(new InternalLink(route, anchor, link.Line + 1, link.Column + 1));
            link.Url = "/" + route + (anchor.Length > 0 ? "#" + anchor : "");
        }
    }
}
