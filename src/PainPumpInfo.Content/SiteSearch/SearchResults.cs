namespace PainPumpInfo.Content.SiteSearch;

/// <summary>What a search found, and what the page should tell the patient about their query.</summary>
/// <param name="Query">The text searched for: trimmed, and cut to <see cref="SearchIndex.MaxQueryLength"/>.</param>
/// <param name="WasShortened">The text typed was longer than the limit and only its start was searched.</param>
/// <param name="HasWords">The query had at least one word to look for (not only punctuation or filler words).</param>
/// <param name="MatchCount">How many articles matched; <paramref name="Hits"/> holds the best of them.</param>
/// <param name="SearchedFor">The query as searched when a typo was read as another word ("infection" for
/// "infectoin"); null when every word was searched as typed.</param>
public sealed record SearchResults(string Query, bool WasShortened, bool HasWords, IReadOnlyList<SearchHit> Hits, int MatchCount,
    string? SearchedFor = null)
{
    public static SearchResults None(string query, bool wasShortened, bool hasWords) => new(query, wasShortened, hasWords, [], 0);

    public bool IsEmpty => Query.Length == 0;

    /// <summary>Letters were typed but none from the Latin alphabet: the site is in English, so say so.</summary>
    public bool HasOnlyOtherScripts => Query.Any(char.IsLetter) && !Query.Any(c => char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F');
}
