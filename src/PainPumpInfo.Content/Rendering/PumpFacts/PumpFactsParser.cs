using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace PainPumpInfo.Content.Rendering.PumpFacts;

/// <summary>
/// Reads <c>:::pump-facts FACT</c> and <c>:::pump-model MODEL</c>: a single line, no closing fence. Registered before
/// the <c>:::</c> callout parser, which would otherwise open a container and swallow the rest of the article.
/// </summary>
public sealed class PumpFactsParser : BlockParser
{
    public const string FactsWord = "pump-facts";
    public const string ModelWord = "pump-model";

    public PumpFactsParser() => OpeningCharacters = [':'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line;
        var text = line.Text.AsSpan(line.Start, line.Length);
        if (!text.StartsWith(":::")) return BlockState.None;
        var rest = text[3..];
        var word = rest.StartsWith(FactsWord) ? FactsWord : rest.StartsWith(ModelWord) ? ModelWord : null;
        if (word is null) return BlockState.None;
        var after = rest[word.Length..];
        if (after.Length > 0 && !char.IsWhiteSpace(after[0])) return BlockState.None;

        var key = after.Trim();
        var keyOffset = 3 + word.Length + (after.Length - after.TrimStart().Length);
        processor.NewBlocks.Push(new PumpFactsBlock(this)
        {
            Word = word,
            Key = key.ToString(),
            KeyColumn = processor.Column + keyOffset,
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
        });
        // The embed is the whole line; its text is not Markdown, so nothing of it is kept as lines.
        return BlockState.BreakDiscard;
    }
}
