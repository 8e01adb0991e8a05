using System.Text;
using System.Text.RegularExpressions;
using PainPumpInfo.Content.Loading;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Benchmarks;

/// <summary>
/// A content folder of generated articles for benchmarks: each is stitched from passages of the shipped
/// articles (real words, real headings) plus a few made-up words, so the vocabulary grows with the site as a
/// real one would. Links between the shipped articles are pointed at generated articles, so the site has no
/// broken links, and each article lists the shipped sources its passages cite, like a site that passes `check`.
/// Seeded, so every run measures the same site.
/// </summary>
public sealed class GeneratedSite : IDisposable
{
    /// <summary>The site size every benchmark and the load script measure.</summary>
    public const int StandardArticleCount = 1000;

    /// <summary>A link to another article: its relative .md target and optional #anchor.</summary>
    private static readonly Regex ArticleLink = new(@"\]\((?![a-z]+:)[^)\s]*\.md(?:#[^)\s]*)?\)", RegexOptions.CultureInvariant);

    /// <summary>A source key inside a citation: <c>[@a; @b]</c>.</summary>
    private static readonly Regex CitedKey = new(@"(?<=\[[^\]]*)@([A-Za-z0-9][\w-]*)", RegexOptions.CultureInvariant);

    /// <summary>A pump fact's link to an article in pumps.yml: <c>article: section/name</c>.</summary>
    private static readonly Regex PumpArticleLink = new(@"(?m)^(\s+article: )([a-z-]+)/[a-z0-9-]+(?=\s*$)", RegexOptions.CultureInvariant);

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
        string[] sections = ["understanding-the-therapy", "deciding", "getting-a-pump", "medicines", "risks", "living-with-a-pump"];
        // The site's data files (settings, glossary, pumps, emergency signs), not the reviews of shipped pages; the
        // pump facts' links to shipped articles go to the first generated article of the same section instead.
        foreach (var data in Directory.EnumerateFiles(shipped, "*.yml").Where(f => System.IO.Path.GetFileName(f) != "reviews.yml"))
        {
            var yaml = PumpArticleLink.Replace(File.ReadAllText(data),
                m => $"{m.Groups[1].Value}{m.Groups[2].Value}/generated-{Array.IndexOf(sections, m.Groups[2].Value):D4}");
            File.WriteAllText(System.IO.Path.Combine(path, System.IO.Path.GetFileName(data)), yaml);
        }

        var articleTexts = Directory.EnumerateFiles(shipped, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToArray();
        var passages = articleTexts.SelectMany(PassagesOf).ToArray();
        var sources = articleTexts.SelectMany(SourcesOf).DistinctBy(s => s.Key).ToDictionary(s => s.Key);
        var random = new Random(seed);
        // Its own sequence, so the text of every article is the same as before links were pointed here.
        var linkTargets = new Random(seed);
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
                {SourcesYaml(linked, sources)}
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

    /// <summary>The shipped sources the text cites, as front matter list items (one made-up source when it cites none).</summary>
    private static string SourcesYaml(string text, IReadOnlyDictionary<string, Source> sources)
    {
        var cited = CitedKey.Matches(text).Select(m => m.Groups[1].Value).Distinct().Where(sources.ContainsKey).ToArray();
        if (cited.Length == 0) return "  - key: benchmark-source\n    title: Benchmark source\n    url: https://example.org/source";
        return string.Join("\n", cited.Select(key => sources[key])
            .Select(s => $"  - key: {s.Key}\n    title: \"{s.Title.Replace("\"", "\\\"")}\"\n    url: {s.Url}"));
    }

    /// <summary>The sources listed in one shipped article's front matter, read as the site reads them.</summary>
    private static IEnumerable<Source> SourcesOf(string markdown) =>
        FrontMatterParser.Parse("shipped.md", markdown.Replace("\r\n", "\n"), [])?.Sources ?? [];

    /// <summary>The Markdown after the front matter, cut at each "## " heading.</summary>
    private static IEnumerable<string> PassagesOf(string markdown)
    {
        var body = FrontMatterSplitter.Split("shipped.md", markdown.Replace("\r\n", "\n"), [])?.Body ?? "";
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
