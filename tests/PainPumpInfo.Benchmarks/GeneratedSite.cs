using System.Text;

namespace PainPumpInfo.Benchmarks;

/// <summary>
/// A content folder of generated articles for benchmarks: each is stitched from passages of the shipped
/// articles (real words, real headings) plus a few made-up words, so the vocabulary grows with the site as a
/// real one would. Seeded, so every run measures the same site.
/// </summary>
public sealed class GeneratedSite : IDisposable
{
    private GeneratedSite(string path) => Path = path;

    public string Path { get; }

    public static GeneratedSite Create(int articleCount, int seed = 6)
    {
        var shipped = ShippedContent();
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ppi-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        File.Copy(System.IO.Path.Combine(shipped, "site.yml"), System.IO.Path.Combine(path, "site.yml"));
        File.Copy(System.IO.Path.Combine(shipped, "glossary.yml"), System.IO.Path.Combine(path, "glossary.yml"));

        var passages = Directory.EnumerateFiles(shipped, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal))
            .SelectMany(f => PassagesOf(File.ReadAllText(f)))
            .ToArray();
        var random = new Random(seed);
        string[] sections = ["understanding-the-therapy", "deciding", "getting-a-pump", "medicines", "risks", "living-with-a-pump"];
        for (var i = 0; i < articleCount; i++)
        {
            var section = sections[i % sections.Length];
            var body = new StringBuilder();
            for (var p = 0; p < 8; p++) body.Append(passages[random.Next(passages.Length)]).Append("\n\n");
            body.Append("Other words: ").AppendJoin(' ', Enumerable.Range(0, 20).Select(_ => MadeUpWord(random))).Append(".\n");
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

                {body}
                """;
            var folder = System.IO.Path.Combine(path, section);
            Directory.CreateDirectory(folder);
            File.WriteAllText(System.IO.Path.Combine(folder, $"generated-{i:D4}.md"), text);
        }
        return new GeneratedSite(path);
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

    private static string ShippedContent()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "PainPumpInfo.sln"))) return System.IO.Path.Combine(dir.FullName, "content");
        throw new InvalidOperationException("PainPumpInfo.sln not found: run from inside the repository");
    }
}
