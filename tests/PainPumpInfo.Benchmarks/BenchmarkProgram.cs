using BenchmarkDotNet.Running;

namespace PainPumpInfo.Benchmarks;

/// <summary>
/// The console entry point. A named class rather than top-level statements: those would declare a global
/// <c>Program</c> that hides the web app's own, which <see cref="PipelineBenchmarks"/> hosts.
/// </summary>
public static class BenchmarkProgram
{
    public static int Main(string[] args)
    {
        // `--generate DIR` writes the 1,000-article site and stops: tests/load/run.sh serves and exports it.
        if (args is ["--generate", var folder])
        {
            var site = GeneratedSite.Create(GeneratedSite.StandardArticleCount, into: Path.GetFullPath(folder));
            Console.WriteLine($"Generated {GeneratedSite.StandardArticleCount} articles in {site.Path}");
            // One line the load script reads: the article it measures.
            Console.WriteLine($"typical-article /{site.TypicalRoute}");
            return 0;
        }
        // `-- --filter '*Search*'` picks benchmarks by name; with no arguments BenchmarkDotNet asks which to run.
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
