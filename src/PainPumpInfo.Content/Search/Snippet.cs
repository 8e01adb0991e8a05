using System.Net;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace PainPumpInfo.Content.Search;

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

    /// <param name="query">Already rewritten, so near-miss spellings are plain terms the highlighter can mark.</param>
    public Snippet(Query query, Analyzer analyzer)
    {
        this.analyzer = analyzer;
        // Scores fragments by the body-field terms they hold. Lucene's span-aware QueryScorer would index each
        // passage into a MemoryIndex for the title phrase query, costing several times the search itself.
        var scorer = new QueryTermScorer(query, SearchFields.Body);
        highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            TextFragmenter = new SimpleFragmenter(Length),
        };
    }

    /// <summary>The best-matching fragment of <paramref name="text"/>; its opening when only the title or heading matched.</summary>
    /// <remarks>
    /// The text is analyzed again, concept tokens included, so "tummy" marks "belly". (Replaying stored term
    /// vectors instead was measured slower here, besides making the index bigger.)
    /// </remarks>
    public string Of(string text, string fallback)
    {
        var tokens = analyzer.GetTokenStream(SearchFields.Body, text);
        var best = highlighter.GetBestFragments(tokens, text, 1, " … ");
        if (!string.IsNullOrWhiteSpace(best)) return WithEllipses(best.Trim(), text);
        var opening = text.Length > 0 ? text : fallback;
        return WebUtility.HtmlEncode(Shorten(opening));
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
}
