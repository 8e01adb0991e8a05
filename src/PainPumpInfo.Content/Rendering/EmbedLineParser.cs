using Markdig.Parsers;
using Markdig.Syntax;

namespace PainPumpInfo.Content.Rendering;

/// <summary>
/// Reads a data embed, <c>:::WORD KEY</c> on a line of its own with no closing fence (<c>:::pump-facts</c>,
/// <c>:::pump-model</c>, <c>:::emergency-signs</c>). Registered before the <c>:::</c> callout parser, which would
/// otherwise open a container and swallow the rest of the article.
/// </summary>
public abstract class EmbedLineParser : BlockParser
{
    private const string Fence = ":::";
    private readonly string[] words;

    protected EmbedLineParser(params string[] words)
    {
        this.words = words;
        OpeningCharacters = [':'];
    }

    /// <summary>The block for one embed line; its key and position are set here.</summary>
    protected abstract EmbedBlock Create(string word);

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line;
        var text = line.Text.AsSpan(line.Start, line.Length);
        if (!text.StartsWith(Fence)) return BlockState.None;
        var rest = text[Fence.Length..];
        foreach (var word in words)
        {
            if (!rest.StartsWith(word)) continue;
            var after = rest[word.Length..];
            if (after.Length > 0 && !char.IsWhiteSpace(after[0])) continue;

            var block = Create(word);
            block.Key = after.Trim().ToString();
            block.KeyColumn = processor.Column + Fence.Length + word.Length + (after.Length - after.TrimStart().Length);
            block.Line = processor.LineIndex;
            block.Column = processor.Column;
            block.Span = new SourceSpan(line.Start, line.End);
            processor.NewBlocks.Push(block);
            // The embed is the whole line; its text is not Markdown, so nothing of it is kept as lines.
            return BlockState.BreakDiscard;
        }
        return BlockState.None;
    }
}
