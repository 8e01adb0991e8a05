namespace PainPumpInfo.Content.Rendering.Links;

/// <summary>What a link in an article points at: its scheme, and for a relative link the file it names.</summary>
internal static class LinkTarget
{
    public static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>The scheme before ':' (lower case), or null for a relative URL; control characters are ignored as browsers do.</summary>
    public static string? SchemeOf(string url)
    {
        var cleaned = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = cleaned.IndexOf(':');
        if (colon <= 0) return null;
        var candidate = cleaned[..colon];
        var slash = cleaned.IndexOfAny(['/', '?', '#']);
        if (slash >= 0 && slash < colon) return null;
        return candidate.ToLowerInvariant();
    }

    /// <summary>A link within the site: no scheme, and not protocol-relative (//host/…).</summary>
    public static bool IsRelative(string url) => SchemeOf(url) is null && !url.StartsWith("//");

    /// <summary>The part before '#' and the part after it ("" when there is none).</summary>
    public static (string Target, string Anchor) Split(string url)
    {
        var hash = url.IndexOf('#');
        return hash < 0 ? (url, "") : (url[..hash], url[(hash + 1)..]);
    }

    /// <summary>A path relative to the article's folder (or to the content root when it starts with '/'), or null if it leaves the folder.</summary>
    public static string? Resolve(string articlePath, string target)
    {
        var folder = articlePath.Contains('/') ? articlePath[..articlePath.LastIndexOf('/')] : "";
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
}
