using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PainPumpInfo.Content.SiteSearch;

/// <summary>
/// Collects, for each article, its best-scoring passage: the article ranks by that passage, and the result links
/// to that passage's heading. (Lucene's grouping module does this too, but is not published for Lucene.Net 4.8
/// on the package registry; this is the small part of it we need.)
/// </summary>
/// <param name="segments">For each segment of the reader searched, the article and passage of each document.</param>
internal sealed class BestPassagePerArticle(IReadOnlyList<IndexedArticle> articles, IReadOnlyList<SegmentPassages> segments) : ICollector
{
    private readonly float[] bestScore = new float[articles.Count];
    private readonly int[] bestPassage = Enumerable.Repeat(-1, articles.Count).ToArray();
    private SegmentPassages? segment;
    private Scorer? scorer;

    public bool AcceptsDocsOutOfOrder => false;

    public int ArticlesFound { get; private set; }

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => segment = segments[context.Ord];

    public void Collect(int doc)
    {
        var article = segment!.ArticleOf(doc);
        if (article < 0) return;
        var passage = segment.PassageOf(doc);
        var score = scorer!.GetScore();
        var known = bestPassage[article];
        if (known < 0) ArticlesFound++;
        // On a tie the earlier passage wins, as a reader would meet it first.
        if (known >= 0 && (score < bestScore[article] || (score == bestScore[article] && passage > known))) return;
        bestScore[article] = score;
        bestPassage[article] = passage;
    }

    /// <summary>The best passage of each of the best <paramref name="limit"/> articles, best first; ties keep reading order.</summary>
    public IReadOnlyList<IndexedPassage> Top(int limit) =>
        Enumerable.Range(0, articles.Count)
            .Where(a => bestPassage[a] >= 0)
            .OrderByDescending(a => bestScore[a])
            .ThenBy(a => a)
            .Take(limit)
            .Select(a => articles[a].PassageAt(a, bestPassage[a]))
            .ToArray();
}
