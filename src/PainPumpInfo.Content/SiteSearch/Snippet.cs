using System.Net;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace PainPumpInfo.Content.SiteSearch;

/// <summary>
/// The bit of a passage that shows why it matched, as safe HTML: Lucene's highlighter HTML-encodes all the text
/// and wraps the matched words in &lt;mark&gt;, so the page can output it as it is.
/// </summary>
internal sealed class Snippet
{
    /// <summary>About two lines on a phone: enough to judge a result, short enough to scan a list.</summary>
    public const int Length = 200;

    private readonly Analyzer analyzer;
    private readonly Highlighter highlighter;
    private readonly bool queryHasConcepts;

    /// <param name="query">Plain term queries: a typo has already been replaced by the word it was meant to be.</param>
    public Snippet(Query query, Analyzer analyzer)
    {
        this.analyzer = analyzer;
        // Scores fragments by the body-field terms they hold. Lucene's span-aware QueryScorer would index each
        // passage into a MemoryIndex for the title phrase query, costing several times the search itself.
        var scorer = new QueryTermScorer(query, SearchFields.Body);
        highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new HtmlTextEncoder(), scorer)
        {
            TextFragmenter = new SimpleFragmenter(Length),
        };
        queryHasConcepts = QueryTermExtractor.GetTerms(query, prohibited: false, SearchFields.Body)
            .Any(t => t.Term[0] == ConceptSynonyms.Marker);
    }

    /// <summary>The best-matching fragment of <paramref name="text"/>; its opening when only the title or heading matched.</summary>
    /// <remarks>
    /// The words as typed are looked for first. Only when none is there, and the query stands for a concept, is
    /// the text analyzed again with the synonyms, so "tummy" marks "belly": Lucene's synonym filter costs more
    /// than everything else a search does, so it is kept for the passages that need it. (Replaying stored
    /// term vectors instead was measured slower, besides making the index bigger.)
    /// </remarks>
    public string Of(string text, string fallback)
    {
        var best = BestFragment(PatientAnalyzer.WithoutSynonyms, text)
            ?? (queryHasConcepts ? BestFragment(analyzer, text) : null);
        if (best is not null) return WithEllipses(best, text);
        var opening = text.Length > 0 ? text : fallback;
        return WebUtility.HtmlEncode(Shorten(opening));
    }

    private string? BestFragment(Analyzer words, string text)
    {
        var fragment = highlighter.GetBestFragments(words.GetTokenStream(SearchFields.Body, text), text, 1, " … ");
        return string.IsNullOrWhiteSpace(fragment) ? null : fragment.Trim();
    }

    /// <summary>"…" where the fragment starts or stops inside the passage, so a cut sentence reads as cut.</summary>
    private static string WithEllipses(string fragmentHtml, string text)
    {
        // The fragment is the passage's own text, encoded, with our <mark> tags added: undo both to find it.
        var plain = WebUtility.HtmlDecode(fragmentHtml.Replace("<mark>", "").Replace("</mark>", ""));
        var start = text.IndexOf(plain, StringComparison.Ordinal);
        if (start < 0) return fragmentHtml;
        var before = text[..start].Trim().Length > 0 ? "… " : "";
        var after = text[(start + plain.Length)..].Trim().Length > 0 ? " …" : "";
        return before + fragmentHtml + after;
    }

    private static string Shorten(string text)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= Length) return text;
        var cut = text.LastIndexOf(' ', Length);
        return text[..(cut > 0 ? cut : Length)] + " …";
    }

    /// <summary>
    /// HTML-encodes the text between and inside the marks. Lucene's SimpleHTMLEncoder builds a new StringBuilder for
    /// every word of every passage shown, which was a third of a search's allocations; WebUtility gives plain words
    /// back as they are.
    /// </summary>
    private sealed class HtmlTextEncoder : IEncoder
    {
        public string EncodeText(string originalText) => WebUtility.HtmlEncode(originalText);
    }
}
