namespace PainPumpInfo.Content.Loading;

/// <summary>The rules that turn file paths and old addresses into site routes.</summary>
public static class RoutePath
{
    /// <summary>`living-with-a-pump/travel.md` → `living-with-a-pump/travel`, or null when a segment is not lower-case words and hyphens.</summary>
    public static string? FromFile(string relativePath)
    {
        var withoutExtension = relativePath.Replace('\\', '/')[..^".md".Length];
        var segments = withoutExtension.Split('/');
        return segments.All(IsValidSegment) ? withoutExtension : null;
    }

    /// <summary>`/Old-Page/` → `old-page`; null when it is not a path on this site.</summary>
    public static string? NormaliseAlias(string? alias)
    {
        var trimmed = alias?.Trim() ?? "";
        if (!trimmed.StartsWith('/') || trimmed.StartsWith("//") || trimmed.Contains("..") || trimmed.Contains('?') || trimmed.Contains('#'))
            return null;
        var route = trimmed.Trim('/').ToLowerInvariant();
        return route.Length == 0 ? null : route;
    }

    public static bool IsValidSegment(string segment) =>
        segment.Length > 0 && segment.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
        && segment[0] != '-' && segment[^1] != '-';
}
