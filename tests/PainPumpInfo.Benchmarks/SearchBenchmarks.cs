using BenchmarkDotNet.Attributes;
using PainPumpInfo.Content;
using PainPumpInfo.Content.SiteSearch;

namespace PainPumpInfo.Benchmarks;

/// <summary>
/// Search on a generated 1,000-article site: building the index (what every content reload pays) and one
/// search as the search page runs it (query, ranking, and highlighted snippets for every result shown).
/// Targets: build under 1 s; a search under 1 ms median.
/// </summary>
[Config(typeof(BenchmarkSettings))]
public class SearchBenchmarks
{
    public const int ArticleCount = GeneratedSite.StandardArticleCount;

    private GeneratedSite site = null!;
    private ContentSnapshot snapshot = null!;

    [GlobalSetup]
    public void Setup()
    {
        site = GeneratedSite.Create(ArticleCount);
        snapshot = new ContentLoader(new ContentOptions(site.Path)).Load();
        if (snapshot.Articles.Count != ArticleCount)
            throw new InvalidOperationException($"expected {ArticleCount} articles, got {snapshot.Articles.Count}");
        snapshot.PrepareSearch();
    }

    [GlobalCleanup]
    public void Cleanup() => site.Dispose();

    [Benchmark]
    public SearchIndex BuildIndex() => SearchIndex.Build(snapshot.Sections, snapshot.Glossary);

    /// <summary>Common words, a synonym (fly → travel) and a typo (withdrawl) in turn.</summary>
    [Benchmark]
    [Arguments("MRI")]
    [Arguments("can I fly")]
    [Arguments("baclofen withdrawl")]
    public SearchResults Query(string text) => snapshot.Search.Result.Search(text);
}
