using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Emergency;
using PainPumpInfo.Content.Model.Pumps;
using PainPumpInfo.Content.Rendering;
using PainPumpInfo.Content.Rendering.Glossary;

namespace PainPumpInfo.Content.Loading;

/// <summary>One article file → <see cref="ParsedFile"/>: decode, front matter, Markdown. No cross-file rules here.</summary>
public sealed class ArticleParser(MarkdownRenderer renderer, int maxFileBytes)
{
    /// <summary>The site's one Markdown pipeline, for the pages generated from data (the pump pages).</summary>
    public MarkdownRenderer Renderer { get; } = renderer;

    /// <param name="hash">The file's <see cref="ContentHash"/>, which the loader has already worked out to decide whether to parse.</param>
    public ParsedFile Parse(string path, byte[] bytes, string hash, GlossaryLinker glossary, EmbeddedData? embedded = null)
    {
        var diagnostics = new List<Diagnostic>();
        var route = RoutePath.FromFile(path);
        if (route is null)
        {
            diagnostics.Add(new Diagnostic(path, 1, 1, Severity.Error,
                "the file or folder name can only use lower-case letters, digits and hyphens",
                "rename it, e.g. 'Pump Refills.md' to 'pump-refills.md'; the name becomes the page address"));
            return new ParsedFile(path, hash, null, diagnostics);
        }

        var text = ContentFileReader.Decode(path, bytes, maxFileBytes, diagnostics);
        if (text is null) return new ParsedFile(path, hash, null, diagnostics);

        var split = FrontMatterSplitter.Split(path, text, diagnostics);
        var frontMatter = split is null ? null : FrontMatterParser.Parse(path, split.FrontMatter, diagnostics);
        if (split is null || frontMatter is null) return new ParsedFile(path, hash, null, diagnostics);

        var body = Renderer.Render(path, route, split.BodyOnFileLines, diagnostics, glossary, frontMatter.Sources, embedded, fileText: text);
        if (body is null) return new ParsedFile(path, hash, null, diagnostics);

        var reviewHash = ReviewHash.Of(frontMatter, split.Body);
        return new ParsedFile(path, hash, new Article(route, path, frontMatter, body, hash, reviewHash), diagnostics);
    }
}
