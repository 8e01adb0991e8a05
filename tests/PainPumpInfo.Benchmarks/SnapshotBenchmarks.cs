using BenchmarkDotNet.Attributes;
using PainPumpInfo.Content;

namespace PainPumpInfo.Benchmarks;

/// <summary>
/// Building a content snapshot of the generated 1,000-article site: from nothing (what start-up pays before
/// the first page; the search index is built afterwards, while pages are served) and after one article was
/// edited (what a save pays before the new snapshot is swapped in: after a watcher event only files whose size or
/// time changed are read; the periodic re-scan reads them all; the search index then updates that article alone,
/// which tests/load/hugo.sh measures end to end).
/// </summary>
[Config(typeof(BenchmarkSettings))]
public class SnapshotBenchmarks
{
    private GeneratedSite site = null!;
    private ContentLoader loader = null!;
    private ContentSnapshot previous = null!;

    [GlobalSetup]
    public void Setup()
    {
        site = GeneratedSite.Create(GeneratedSite.StandardArticleCount);
        loader = new ContentLoader(new ContentOptions(site.Path));
        previous = loader.Load();
        if (previous.Articles.Count != GeneratedSite.StandardArticleCount)
            throw new InvalidOperationException($"expected {GeneratedSite.StandardArticleCount} articles, got {previous.Articles.Count}");

        // Edited once, here: every rebuild then compares the folder with the same previous snapshot and finds
        // this one file changed, so each call does the same work as the first save after start-up.
        var edited = site.ArticleFiles.First();
        File.AppendAllText(Path.Combine(site.Path, edited), "\nOne more sentence, added by an editor.\n");

        var next = loader.Load(previous);
        var reparsed = next.Files.Count(f => !ReferenceEquals(f.Value, previous.Files.GetValueOrDefault(f.Key)));
        if (next.Version == previous.Version || reparsed != 1)
            throw new InvalidOperationException($"a rebuild after one edit should parse one file again, parsed {reparsed}");
    }

    [GlobalCleanup]
    public void Cleanup() => site.Dispose();

    [Benchmark]
    public ContentSnapshot Build() => loader.Load();

    [Benchmark]
    public ContentSnapshot RebuildAfterOneEdit() => loader.Load(previous, trustFileTimes: true);

    [Benchmark]
    public ContentSnapshot RescanAfterOneEdit() => loader.Load(previous);
}
