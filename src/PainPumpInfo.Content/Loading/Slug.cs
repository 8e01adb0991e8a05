using Markdig.Helpers;

namespace PainPumpInfo.Content.Loading;

/// <summary>
/// Anchors made from names (glossary terms), by the same rule as the GitHub-style ids Markdig gives headings,
/// so the site has one anchor rule.
/// </summary>
public static class Slug
{
    public static string Of(string text) => LinkHelper.UrilizeAsGfm(text.Trim());
}
