using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Rendering.Citations;

/// <summary>
/// Warns about each sentence or list item that states a number (digits, a percentage, "N in 100") with no
/// citation, so every figure a reader sees can be checked against its source. Headings are not claims.
/// </summary>
public static partial class UncitedNumbers
{
    private const char CitationMark = '\u0001';

    public static void Report(string path, MarkdownDocument document, List<Diagnostic> diagnostics)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            var (text, lines) = Flatten(paragraph.Inline);
            var start = 0;
            foreach (var sentence in Sentences(text))
            {
                var at = text.IndexOf(sentence, start, StringComparison.Ordinal);
                start = at + sentence.Length;
                if (sentence.Contains(CitationMark) || !HasNumber(sentence)) continue;
                var (_, line, column) = lines.LastOrDefault(l => l.Index <= at + (sentence.Length - sentence.TrimStart().Length));
                var shown = sentence.Trim();
                diagnostics.Add(new Diagnostic(path, line == 0 ? paragraph.Line + 1 : line, column == 0 ? paragraph.Column + 1 : column, Severity.Warning,
                    $"a number with no citation: \"{(shown.Length > 70 ? shown[..70] + "…" : shown)}\"",
                    "cite the source it comes from before the full stop, like: ... every 24 hours [@infumorph-label]."));
            }
        }
    }

    /// <summary>A claim's number: a digit that is not part of an emergency or phone number.</summary>
    private static bool HasNumber(string sentence) => PhoneNumber().Replace(sentence, "").Any(char.IsAsciiDigit);

    /// <summary>Splits after '.', '!' or '?' (and any citation right after it) followed by a space.</summary>
    private static IEnumerable<string> Sentences(string text) => SentenceEnd().Split(text);

    /// <summary>The paragraph's visible text with a mark for each citation, and where each inline starts (line, column).</summary>
    private static (string Text, List<(int Index, int Line, int Column)> Lines) Flatten(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        var lines = new List<(int, int, int)>();
        void Walk(ContainerInline? container)
        {
            if (container is null) return;
            foreach (var inline in container)
            {
                lines.Add((text.Length, inline.Line + 1, inline.Column + 1));
                switch (inline)
                {
                    case CitationInline: text.Append(CitationMark); break;
                    case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                    case LineBreakInline: text.Append(' '); break;
                    case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                    case ContainerInline child: Walk(child); break;
                }
            }
        }
        Walk(inlines);
        // A citation right after the full stop ("hours. [@a]") belongs to the sentence before it.
        return (CitationAfterStop().Replace(text.ToString(), m => CitationMark + m.Groups[1].Value), lines);
    }

    [GeneratedRegex(@"(?<=[.!?][""”’)]*\u0001*)\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<=[.!?][""”’)]*)(\s*)\u0001")]
    private static partial Regex CitationAfterStop();

    [GeneratedRegex(@"\b(?:911|999|112)\b|\b1-8\d\d-[A-Z0-9]{3}-?[A-Z0-9]{4}\b|\b(?:1-)?\d{3}-\d{3}-\d{4}\b")]
    private static partial Regex PhoneNumber();
}
