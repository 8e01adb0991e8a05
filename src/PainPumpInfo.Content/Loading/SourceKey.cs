using System.Text.RegularExpressions;

namespace PainPumpInfo.Content.Loading;

/// <summary>The form of a source's key: what the text cites as <c>[@key]</c> and the page uses in its anchors.</summary>
public static partial class SourceKey
{
    public static bool IsValid(string key) => Pattern().IsMatch(key);

    /// <summary>The nearest valid spelling of a key an editor wrote, for the hint.</summary>
    public static string Suggest(string key) =>
        Invalid().Replace(key.ToLowerInvariant(), "-").Trim('-') is { Length: > 0 } fixedKey ? fixedKey : "source-name";

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Invalid();
}
