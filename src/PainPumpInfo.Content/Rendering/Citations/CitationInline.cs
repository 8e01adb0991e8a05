using Markdig.Syntax.Inlines;

namespace PainPumpInfo.Content.Rendering.Citations;

/// <summary>A Pandoc-style citation in the text: <c>[@key]</c> or <c>[@a; @b]</c>.</summary>
public sealed class CitationInline(IReadOnlyList<Citation> citations, string source) : LeafInline
{
    public IReadOnlyList<Citation> Citations { get; } = citations;

    /// <summary>What the editor wrote, shown as it is when a key names no listed source.</summary>
    public string Source { get; } = source;
}
