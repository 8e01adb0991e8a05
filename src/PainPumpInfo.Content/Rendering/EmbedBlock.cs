using Markdig.Parsers;
using Markdig.Syntax;

namespace PainPumpInfo.Content.Rendering;

/// <summary>A data embed's line, <c>:::WORD KEY</c>, as <see cref="EmbedLineParser"/> read it.</summary>
public abstract class EmbedBlock(BlockParser parser) : LeafBlock(parser)
{
    /// <summary>The key written after the word ("" when none was).</summary>
    public string Key { get; set; } = "";

    /// <summary>0-based column of the key on its line, for diagnostics.</summary>
    public int KeyColumn { get; set; }
}
