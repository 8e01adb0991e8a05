using PainPumpInfo.Content;

namespace PainPumpInfo.Web.Commands;

/// <summary>One old address and the page it now leads to, both site paths starting with '/'.</summary>
public sealed record AliasRedirect(string From, string To);

/// <summary>
/// The old addresses (<c>aliases:</c>) of a snapshot as redirects, the list every redirect file is written from,
/// so the static copy redirects exactly what the live site's article page redirects.
/// </summary>
public static class AliasRedirects
{
    /// <summary>The redirects, by old address; <paramref name="unwritable"/> gets the aliases no redirect file can hold.</summary>
    public static IReadOnlyList<AliasRedirect> From(ContentSnapshot snapshot, out IReadOnlyList<string> unwritable)
    {
        var all = snapshot.Aliases
            .Select(alias => new AliasRedirect("/" + alias.Key, "/" + alias.Value))
            .OrderBy(r => r.From, StringComparer.Ordinal)
            .ToArray();
        unwritable = all.Where(r => !IsPlainPath(r.From)).Select(r => r.From).ToArray();
        return all.Where(r => IsPlainPath(r.From)).ToArray();
    }

    // Spaces, quotes, braces or ';' would end a _redirects field or an nginx directive early, and both formats
    // match other characters differently (encoded or decoded); such aliases are left to the log.
    private static bool IsPlainPath(string path) =>
        path.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~' or '/');
}
