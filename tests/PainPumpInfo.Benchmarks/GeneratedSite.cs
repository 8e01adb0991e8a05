using System.Text;
using System.Text.RegularExpressions;

namespace PainPumpInfo.Benchmarks;

/// <summary>
/// A content folder of generated articles for benchmarks: each is stitched from passages of the shipped
/// articles (real words, real headings) plus a few made-up words, so the vocabulary grows with the site as a
/// real one would. Links between the shipped articles are pointed at generated articles, so the site has no
/// broken links, like a site that passes `check`. Seeded, so every run measures the same site.
/// </summary>
public sealed class GeneratedSite : IDisposable
{
    /// <summary>The site size every benchmark and the load script measure.</summary>
    public const int StandardArticleCount = 1000;

    /// <summary>A link to another article: its relative .md target and optional #anchor.</summary>
    private static readonly Regex ArticleLink = new(@"\]\((?![a-z]+:)[^)\s]*\.md(?:#[^)\s]*)?\)", RegexOptions.CultureInvariant);

    private GeneratedSite(string path) => Path = path;

    public string Path { get; }

    /// <param name="into">Where to write it (must not exist yet); by default a new folder under the temp folder.</param>
    public static GeneratedSite Create(int articleCount, int seed = 6, string? into = null)
    {
        var shipped = Repository.ShippedContent;
        var path = into ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ppi-bench-" + Guid.NewGuid().ToString("N"));
        if (Directory.Exists(path) && Directory.EnumerateFileSystemEntries(path).Any())
            throw new InvalidOperationException($"'{path}' is not empty: the generated site needs a folder of its own");
        Directory.CreateDirectory(path);
        File.Copy(System.IO.Path.Combine(shipped, "site.yml"), System.IO.Path.Combine(path, "site.yml"));
        File.Copy(System.IO.Path.Combine(shipped, "glossary.yml"), System.IO.Path.Combine(path, "glossary.yml"));

        var passages = Directory.EnumerateFiles(shipped, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal))
            .SelectMany(f => PassagesOf(File.ReadAllText(f)))
            .ToArray();
        var random = new Random(seed);
        // Its own sequence, so the text of every article is the same as before links were pointed here.
        var linkTargets = new Random(seed);
        string[] sections = ["understanding-the-therapy", "deciding", "getting-a-pump", "medicines", "risks", "living-with-a-pump"];
        for (var i = 0; i < articleCount; i++)
        {
            var section = sections[i % sections.Length];
            var body = new StringBuilder();
            for (var p = 0; p < 8; p++) body.Append(passages[random.Next(passages.Length)]).Append("\n\n");
            body.Append("Other words: ").AppendJoin(' ', Enumerable.Range(0, 20).Select(_ => MadeUpWord(random))).Append(".\n");
            var linked = ArticleLink.Replace(body.ToString(), _ =>
            {
                var target = linkTargets.Next(articleCount);
                return $"](../{sections[target % sections.Length]}/generated-{target:D4}.md)";
            });
            var text = $"""
                ---
                title: Generated article {i} about {MadeUpWord(random)}
                description: A generated article for benchmarks, number {i}.
                section: {section}
                last_reviewed: 2026-11-01
                sources:
                  - title: Benchmark source
                    url: https://example.org/source
                ---

                {linked}
                """;
            var folder = System.IO.Path.Combine(path, section);
            Directory.CreateDirectory(folder);
            File.WriteAllText(System.IO.Path.Combine(folder, $"generated-{i:D4}.md"), text);
        }
        return new GeneratedSite(path);
    }

    /// <summary>The generated article files, by path relative to <see cref="Path"/>.</summary>
    public IEnumerable<string> ArticleFiles =>
        Directory.EnumerateFiles(Path, "generated-*.md", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(Path, f))
            .Order(StringComparer.Ordinal);

    /// <summary>The size of a typical real article's file (DESIGN.md); generated ones run from 3 to 8.5 KB.</summary>
    public const int TypicalArticleBytes = 9 * 1024;

    /// <summary>
    /// The route of the article whose file is closest to <see cref="TypicalArticleBytes"/>: the one article the
    /// render and pipeline benchmarks and the load script all ask for, so their numbers describe the same page.
    /// </summary>
    public string TypicalRoute
    {
        get
        {
            var closest = ArticleFiles
                .MinBy(f => Math.Abs(new FileInfo(System.IO.Path.Combine(Path, f)).Length - TypicalArticleBytes))!
                .Replace('\\', '/');
            return closest[..^".md".Length];
        }
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    /// <summary>The Markdown after the front matter, cut at each "## " heading.</summary>
    private static IEnumerable<string> PassagesOf(string markdown)
    {
        var body = markdown.Replace("\r\n", "\n");
        var end = body.IndexOf("\n---", 4, StringComparison.Ordinal);
        body = end > 0 ? body[(end + 4)..] : body;
        return body.Split("\n## ").Skip(1).Select(p => "## " + p.Trim());
    }

    private static string MadeUpWord(Random random)
    {
        const string letters = "abcdefghiklmnoprstuvz";
        var word = new char[random.Next(5, 10)];
        for (var i = 0; i < word.Length; i++) word[i] = letters[random.Next(letters.Length)];
        return new string(word);
    }
}
