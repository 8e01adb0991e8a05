using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace PainPumpInfo.Content.Rendering.Citations;

/// <summary>
/// Reads <c>[@key]</c> and <c>[@a; @b]</c>. Runs before the link parser, so a citation is never read as link text;
/// anything else that starts with '[' is left to the other parsers.
/// </summary>
public sealed class CitationInlineParser : InlineParser
{
    private const int MaxLength = 400;

    public CitationInlineParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (start + 1 > slice.End || text[start + 1] != '@') return false;

        var close = text.IndexOf(']', start + 1, Math.Min(MaxLength, slice.End - start));
        if (close < 0) return false;
        var keys = ParseKeys(text.AsSpan(start + 1, close - start - 1));
        if (keys is null) return false;

        var inline = new CitationInline(keys.Select(k => new Citation(k)).ToArray(), text[start..(close + 1)])
        {
            Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(close)),
            Line = line,
            Column = column,
        };
        processor.Inline = inline;
        slice.Start = close + 1;
        return true;
    }

    /// <summary>The keys of "@a; @b", or null when the text between the brackets is not a citation.</summary>
    private static List<string>? ParseKeys(ReadOnlySpan<char> inside)
    {
        var keys = new List<string>();
        foreach (var range in inside.Split(';'))
        {
            var part = inside[range].Trim();
            if (part.Length < 2 || part[0] != '@') return null;
            var key = part[1..];
            foreach (var c in key)
                if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or ':')) return null;
            keys.Add(key.ToString());
        }
        return keys.Count == 0 ? null : keys;
    }
}
