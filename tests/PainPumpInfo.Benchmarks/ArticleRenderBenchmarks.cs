using BenchmarkDotNet.Attributes;
using PainPumpInfo.Content;
using PainPumpInfo.Content.Loading;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Rendering;
using PainPumpInfo.Content.Rendering.Glossary;

namespace PainPumpInfo.Benchmarks;

/// <summary>
/// One typical article (about 9 KB of Markdown, with the site's glossary linked): rendering its body, and the
/// whole parse of its file (decode, front matter, render) that a save costs before the snapshot is rebuilt.
/// </summary>
[Config(typeof(BenchmarkSettings))]
public class ArticleRenderBenchmarks
{
    private readonly MarkdownRenderer renderer = new();
    private GlossaryLinker glossary = null!;
    private ArticleParser parser = null!;
    private string path = null!;
    private string route = null!;
    private byte[] bytes = null!;
    private string markdown = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var site = GeneratedSite.Create(GeneratedSite.StandardArticleCount);
        var snapshot = new ContentLoader(new ContentOptions(site.Path)).Load();
        glossary = new GlossaryLinker(snapshot.Glossary);
        parser = new ArticleParser(renderer, ContentOptions.DefaultMaxFileBytes);
        var article = snapshot.Find(site.TypicalRoute) ?? throw new InvalidOperationException("the typical article is missing");
        path = article.Path;
        route = article.Route;
        bytes = File.ReadAllBytes(Path.Combine(site.Path, path));
        markdown = System.Text.Encoding.UTF8.GetString(bytes);
        Console.WriteLine($"// typical article: /{route}, {bytes.Length} bytes, {glossary.GetType().Name} with {snapshot.Glossary.Count} terms");
    }

    [Benchmark]
    public RenderedBody? Render() => renderer.Render(path, route, markdown, new List<Diagnostic>(), glossary);

    [Benchmark]
    public ParsedFile ParseFile() => parser.Parse(path, bytes, PainPumpInfo.Content.ContentHash.Of(bytes), glossary);
}
