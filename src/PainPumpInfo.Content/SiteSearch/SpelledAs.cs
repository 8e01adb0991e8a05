using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PainPumpInfo.Content.SiteSearch;

/// <summary>
/// How the site spells an indexed word: the index holds stems ("infect"), but "Showing results for …" must show
/// a word a reader knows ("infection"), so it is looked up in the text of the passages that were found.
/// </summary>
internal static partial class SpelledAs
{
    [GeneratedRegex(@"\p{L}[\p{L}'’-]*")]
    private static partial Regex Word();

    /// <returns>The first word of <paramref name="texts"/> that analyzes to <paramref name="term"/>, in lower case; else the term.</returns>
    public static string Of(string term, IEnumerable<string> texts, Analyzer analyzer)
    {
        foreach (var text in texts)
            foreach (Match word in Word().Matches(text))
                if (FirstTerm(word.Value, analyzer) == term) return word.Value.ToLowerInvariant();
        return term;
    }

    private static string? FirstTerm(string word, Analyzer analyzer)
    {
        using var stream = analyzer.GetTokenStream(SearchFields.Body, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var first = stream.IncrementToken() ? term.ToString() : null;
        stream.End();
        return first;
    }
}
