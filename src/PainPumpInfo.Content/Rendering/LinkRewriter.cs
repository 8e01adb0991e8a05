using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Rendering;

/// <summary>
/// Walks an article's syntax tree: turns <c>other.md#part</c> links into site routes, points images at the
/// content folder, marks links to other sites, and unwraps links whose scheme could run code.
/// </summary>
public sealed class LinkRewriter(string path, string route)
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    public List<InternalLink> Links { get; } = [];
    public List<ImageReference> Images { get; } = [];

    public void Rewrite(MarkdownDocument document, List<Diagnostic> diagnostics)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
            RewriteLink(link, diagnostics);
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !HasSafeScheme(autolink.Url))
                Remove(autolink, autolink.Url, new LiteralInline(autolink.Url), diagnostics);
            else if (!autolink.IsEmail)
                MarkExternal(autolink);
        }
    }

    private void RewriteLink(LinkInline link, List<Diagnostic> diagnostics)
    {
        var url = link.Url?.Trim() ?? "";
        if (SchemeOf(url) is { } scheme)
        {
            if (!SafeSchemes.Contains(scheme))
                Unwrap(link, url, diagnostics);
            else if (scheme is "http" or "https")
                MarkExternal(link);
            return;
        }
        if (url.StartsWith("//"))
        {
            MarkExternal(link);
            return;
        }

        var hash = url.IndexOf('#');
        var target = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? "" : url[(hash + 1)..];
        if (link.IsImage)
        {
            var imagePath = Resolve(target);
            Images.Add(new ImageReference(imagePath ?? target, PlainText.Of(link), link.Line + 1, link.Column + 1));
            if (imagePath is not null) link.Url = "/" + imagePath;
            return;
        }
        if (target.Length == 0)
        {
            if (anchor.Length > 0) Links.Add(new InternalLink(route, anchor, link.Line + 1, link.Column + 1));
            return;
        }
        if (!target.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return;

        var resolved = Resolve(target);
        var targetRoute = resolved is null ? target : resolved[..^".md".Length];
        Links.Add(new InternalLink(targetRoute, anchor, link.Line + 1, link.Column + 1));
        link.Url = "/" + targetRoute + (anchor.Length > 0 ? "#" + anchor : "");
    }

    /// <summary>A path relative to this article's folder (or to the content root when it starts with '/'), or null if it leaves the folder.</summary>
    private string? Resolve(string target)
    {
        var folder = path.Contains('/') ? path[..path.LastIndexOf('/')] : "";
        var parts = new List<string>(target.StartsWith('/') || folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var part in Uri.UnescapeDataString(target).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(part);
        }
        return string.Join('/', parts);
    }

    private void Unwrap(LinkInline link, string url, List<Diagnostic> diagnostics)
    {
        var replacement = new ContainerInline();
        foreach (var child in link.ToList())
        {
            child.Remove();
            replacement.AppendChild(child);
        }
        Remove(link, url, replacement, diagnostics);
    }

    private void Remove(Inline unsafeLink, string url, Inline replacement, List<Diagnostic> diagnostics)
    {
        unsafeLink.ReplaceBy(replacement);
        var shown = url.Length > 40 ? url[..40] + "…" : url;
        diagnostics.Add(new Diagnostic(path, unsafeLink.Line + 1, unsafeLink.Column + 1, Severity.Warning,
            $"link to '{shown}' was removed: only http, https, mailto and tel links are allowed",
            "link to a web page (https://...) or to another article (other-page.md)"));
    }

    private static void MarkExternal(Inline link) => link.GetAttributes().AddPropertyIfNotExist("rel", "noopener noreferrer");

    private static bool HasSafeScheme(string url) => SchemeOf(url) is { } scheme && SafeSchemes.Contains(scheme);

    /// <summary>The scheme before ':' (lower case), or null for a relative URL; control characters are ignored as browsers do.</summary>
    private static string? SchemeOf(string url)
    {
        var cleaned = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = cleaned.IndexOf(':');
        if (colon <= 0) return null;
        var candidate = cleaned[..colon];
        var slash = cleaned.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return null;
        return candidate.ToLowerInvariant();
    }
}
