using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace PainPumpInfo.Content.Rendering.EmergencySignLists;

/// <summary>
/// Reads <c>:::emergency-signs LIST</c>: a single line, no closing fence. Registered before the <c>:::</c> callout
/// parser, which would otherwise open a container and swallow the rest of the article.
/// </summary>
public sealed class EmergencySignsBlockParser : BlockParser
{
    public const string Word = "emergency-signs";

    public EmergencySignsBlockParser() => OpeningCharacters = [':'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line;
        var text = line.Text.AsSpan(line.Start, line.Length);
        if (!text.StartsWith(":::" + Word)) return BlockState.None;
        var after = text[(3 + Word.Length)..];
        if (after.Length > 0 && !char.IsWhiteSpace(after[0])) return BlockState.None;

        processor.NewBlocks.Push(new EmergencySignsBlock(this)
        {
            Key = after.Trim().ToString(),
            KeyColumn = processor.Column + 3 + Word.Length + (after.Length - after.TrimStart().Length),
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
        });
        // The embed is the whole line; its text is not Markdown, so nothing of it is kept as lines.
        return BlockState.BreakDiscard;
    }
}
