using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.SiteSearch;

/// <summary>
/// An in-memory Lucene index of the articles one snapshot serves, built with the snapshot and never changed:
/// a content change builds a new snapshot and a new index, and the store swaps both at once. Only the served
/// articles are given to it, so a draft that is not served is never found.
/// </summary>
/// <remarks>
/// Each passage of an article (its opening, then the text under each heading) is its own Lucene document,
/// carrying the article's title too (and, on the opening, its description). That way Lucene itself tells which
/// part of an article matched best, the result can link to that heading, and a match in a title or heading
/// scores on its own field weight; an article ranks by its best passage. The index holds no stored text:
/// results point back at the snapshot's own articles.
/// Nothing here needs disposing: the directory is managed memory, and requests that still hold the previous
/// snapshot keep using its index safely until the garbage collector takes it.
/// </remarks>
public sealed class SearchIndex
{
    public const int MaxQueryLength = PatientQuery.MaxLength;

    /// <summary>A page of results: patients rarely read further, and each one shown costs a snippet.</summary>
    public const int MaxHits = 10;

    private readonly Analyzer analyzer;
    private readonly IndexSearcher searcher;
    private readonly IReadOnlyList<IndexedPassage> passages;
    private readonly int articleCount;

    private SearchIndex(Analyzer analyzer, IndexSearcher searcher, IReadOnlyList<IndexedPassage> passages, int articleCount)
    {
        this.analyzer = analyzer;
        this.searcher = searcher;
        this.passages = passages;
        this.articleCount = articleCount;
    }

    public int ArticleCount => articleCount;

    /// <summary>Indexes every article of the given navigation sections (the snapshot's: exactly the articles it serves).</summary>
    public static SearchIndex Build(IReadOnlyList<Section> sections, IReadOnlyList<GlossaryTerm> glossary)
    {
        var analyzer = new PatientAnalyzer(ConceptSynonyms.Build(glossary));
        var passages = new List<IndexedPassage>();
        var articleNumber = 0;
        foreach (var section in sections)
            foreach (var article in section.Articles)
            {
                var opening = true;
                foreach (var passage in article.Body.Passages.DefaultIfEmpty(new Passage(null, "")))
                {
                    passages.Add(new IndexedPassage(articleNumber, article, section.Title, passage, opening));
                    opening = false;
                }
                articleNumber++;
            }

        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(PatientAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            // A whole site fits in one buffer: no flushes or merges while building.
            RAMBufferSizeMB = 256,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < passages.Count; i++) writer.AddDocument(DocumentOf(passages[i], i));
            writer.Commit();
        }
        return new SearchIndex(analyzer, new IndexSearcher(DirectoryReader.Open(directory)), passages, articleNumber);
    }

    /// <summary>Searches for what a patient typed. Never throws on odd input: any text gives results or a reason why not.</summary>
    /// <param name="exactSpelling">Search for the words as typed, without reading a typo as the word the site uses.</param>
    public SearchResults Search(string? typed, bool exactSpelling = false)
    {
        var query = PatientQuery.Parse(typed, analyzer);
        if (query.Words.Count == 0 || articleCount == 0)
            return SearchResults.None(query.Text, query.WasShortened, query.Words.Count > 0);

        var readAs = exactSpelling ? new Dictionary<QueryWord, string>() : query.Misspelt(searcher.IndexReader);
        var lucene = query.ToLucene(readAs);
        var best = new BestPassagePerArticle(passages, articleCount);
        searcher.Search(lucene, best);

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

    private static Document DocumentOf(IndexedPassage entry, int number)
    {
        var document = new Document
        {
            new TextField(SearchFields.Title, entry.Article.Title, Field.Store.NO),
            new TextField(SearchFields.Heading, entry.Passage.Heading?.Text ?? "", Field.Store.NO),
            new TextField(SearchFields.Body, entry.Passage.Text, Field.Store.NO),
            new NumericDocValuesField(SearchFields.PassageNumber, number),
        };
        // The description introduces the article, so it belongs with its opening; on every passage it would
        // add a fifth of the index's words for little gain in ranking.
        if (entry.IsOpening) document.Add(new TextField(SearchFields.Summary, entry.Article.FrontMatter.Description, Field.Store.NO));
        return document;
    }
}
