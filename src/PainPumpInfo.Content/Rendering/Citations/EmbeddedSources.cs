using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Rendering.Citations;

/// <summary>
/// Embeds (pump facts, emergency signs) cite the sources of the data file they come from. Their citations number
/// into the article's own source list: the article's sources first, then those only the embeds cite.
/// </summary>
public static class EmbeddedSources
{
    /// <summary>The article's own sources, then those only the embeds cite; a source the article lists itself keeps its entry.</summary>
    public static IReadOnlyList<Source> After(IReadOnlyList<Source> articleSources, IReadOnlyList<Source> embedded) =>
        [.. articleSources, .. embedded.DistinctBy(e => e.Key).Where(e => articleSources.All(a => a.Key != e.Key))];

    /// <summary>A citation of data-file source keys, as if the editor had written <c>[@a; @b]</c>.</summary>
    public static CitationInline Cite(IReadOnlyList<string> keys) =>
        new(keys.Select(k => new Citation(k)).ToArray(), "[" + string.Join("; ", keys.Select(k => "@" + k)) + "]");
}
