using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.SiteSearch;

/// <summary>
/// The search index of the articles one snapshot serves: a point-in-time reader that never changes, swapped
/// together with its snapshot. Only the served articles are given to it, so a draft that is not served is never found.
/// </summary>
/// <remarks>
/// Each passage of an article (its opening, then the text under each heading) is its own Lucene document,
/// carrying the article's title too (and, on the opening, its description). That way Lucene itself tells which
/// part of an article matched best, the result can link to that heading, and a match in a title or heading
/// scores on its own field weight; an article ranks by its best passage. The index holds no stored text:
/// results point back at the snapshot's own articles. <see cref="SearchIndexWriter"/> keeps the index up to date.
/// </remarks>
public sealed class SearchIndex
{
    public const int MaxQueryLength = PatientQuery.MaxLength;

    /// <summary>A page of results: patients rarely read further, and each one shown costs a snippet.</summary>
    public const int MaxHits = 10;

    private readonly Analyzer analyzer;
    private readonly DirectoryReader reader;
    private readonly IReadOnlyList<IndexedArticle> articles;
    // For each segment of the reader (by its ordinal), the article and passage of each document.
    private readonly IReadOnlyList<SegmentPassages> segments;

    internal SearchIndex(Analyzer analyzer, DirectoryReader reader, IReadOnlyList<IndexedArticle> articles)
    {
        this.analyzer = analyzer;
        this.reader = reader;
        this.articles = articles;
        var numbers = articles.Select((a, number) => (a.Article.Route, number)).ToDictionary(x => x.Route, x => x.number, StringComparer.Ordinal);
        segments = reader.Leaves.Select(leaf => SegmentPassages.Read(leaf.AtomicReader, numbers)).ToArray();
    }

    /// <summary>How long a replaced snapshot's index still searches: far longer than any request that read it takes.</summary>
    public static readonly TimeSpan KeptAfterReplaced = TimeSpan.FromMinutes(1);

    public int ArticleCount => articles.Count;

    /// <summary>Indexes every article of the given navigation sections from scratch, in a writer of its own.</summary>
    public static SearchIndex Build(IReadOnlyList<Section> sections, IReadOnlyList<GlossaryTerm> glossary) =>
        new SearchIndexWriter(glossary).IndexFor(0, ArticlesOf(sections));

    internal static IReadOnlyList<IndexedArticle> ArticlesOf(IReadOnlyList<Section> sections) =>
        sections.SelectMany(section => section.Articles.Select(article => new IndexedArticle(article, section.Title))).ToArray();

    /// <summary>Searches for what a patient typed. Never throws on odd input: any text gives results or a reason why not.</summary>
    /// <param name="exactSpelling">Search for the words as typed, without reading a typo as the word the site uses.</param>
    /// <exception cref="ObjectDisposedException">This snapshot was replaced more than a minute ago: search the current one.</exception>
    public SearchResults Search(string? typed, bool exactSpelling = false)
    {
        var query = PatientQuery.Parse(typed, analyzer);
        if (query.Words.Count == 0 || articles.Count == 0)
            return SearchResults.None(query.Text, query.WasShortened, query.Words.Count > 0);

        // Held for the whole search, so the writer cannot retire this reader halfway through.
        if (!reader.TryIncRef()) throw new ObjectDisposedException(nameof(SearchIndex), "this content snapshot has been replaced");
        try
        {
            return Search(query, exactSpelling);
        }
        finally
        {
            reader.DecRef();
        }
    }

    private SearchResults Search(PatientQuery query, bool exactSpelling)
    {
        var readAs = exactSpelling ? new Dictionary<QueryWord, string>() : query.Misspelt(reader);
        var lucene = query.ToLucene(readAs);
        var best = new BestPassagePerArticle(articles, segments);
        new IndexSearcher(reader).Search(lucene, best);

        var snippet = new Snippet(lucene, analyzer);
        var found = best.Top(MaxHits);
        var hits = found
            .Select(p => new SearchHit(p.Article, p.SectionTitle, p.Passage.Heading,
                snippet.Of(p.Passage.Text, p.Article.FrontMatter.Description)))
            .ToArray();
        var searchedFor = readAs.Count == 0 || hits.Length == 0 ? null : SearchedFor(query.Text, readAs, found.Select(p => p.Passage.Text));
        return new SearchResults(query.Text, query.WasShortened, HasWords: true, hits, best.ArticlesFound, searchedFor);
    }

    /// <summary>The query with each typo replaced by the word it was read as, spelt as the found passages spell it.</summary>
    private string SearchedFor(string text, IReadOnlyDictionary<QueryWord, string> readAs, IEnumerable<string> foundTexts)
    {
        foreach (var (word, meant) in readAs)
        {
            var at = text.IndexOf(word.Typed, StringComparison.Ordinal);
            if (at >= 0) text = text[..at] + SpelledAs.Of(meant, foundTexts, analyzer) + text[(at + word.Typed.Length)..];
        }
        return text;
    }
}
