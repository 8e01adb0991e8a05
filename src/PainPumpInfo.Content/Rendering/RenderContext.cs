using Markdig.Syntax;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Rendering.Glossary;

namespace PainPumpInfo.Content.Rendering;

/// <summary>
/// One article on its way through the render passes: the parsed document each pass changes in turn, and what the
/// passes find in it for the page and the validator. Lives for one render.
/// </summary>
/// <param name="path">The file, relative to the content folder, that diagnostics name.</param>
/// <param name="fileText">The whole file, front matter included: warnings about its listed sources point into it.</param>
/// <param name="frontMatterSources">The sources the article's front matter lists.</param>
public sealed class RenderContext(
    string path, string route, string fileText, MarkdownDocument document, List<Diagnostic> diagnostics,
    GlossaryLinker glossary, IReadOnlyList<Source> frontMatterSources, EmbeddedData embedded)
{
    public string Path { get; } = path;
    public string Route { get; } = route;
    public string FileText { get; } = fileText;
    public MarkdownDocument Document { get; } = document;
    public List<Diagnostic> Diagnostics { get; } = diagnostics;
    public GlossaryLinker Glossary { get; } = glossary;
    public IReadOnlyList<Source> FrontMatterSources { get; } = frontMatterSources;
    public EmbeddedData Embedded { get; } = embedded;

    /// <summary>Every source the article may cite: its own, then those its embeds cite that it does not list.</summary>
    public IReadOnlyList<Source> Sources { get; set; } = frontMatterSources;

    /// <summary>The sources as numbered for the page's source list.</summary>
    public IReadOnlyList<ListedSource> ListedSources { get; set; } = [];

    public List<InternalLink> Links { get; } = [];
    public List<ImageReference> Images { get; } = [];

    /// <summary>A problem at a place in the Markdown (Markdig counts lines and columns from 0).</summary>
    public void Report(MarkdownObject at, Severity severity, string message, string hint) =>
        Diagnostics.Add(new Diagnostic(Path, at.Line + 1, at.Column + 1, severity, message, hint));
}
