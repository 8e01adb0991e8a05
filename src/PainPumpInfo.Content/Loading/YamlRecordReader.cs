using PainPumpInfo.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PainPumpInfo.Content.Loading;

/// <summary>
/// Reads a YAML list of flat records — each entry a few <c>name: value</c> fields of plain text — keeping the line
/// and column of every record and field, so each problem can be named where it is. Walks the parser's events (never a
/// YamlStream, never the deserializer), so aliases are refused rather than expanded and nesting is bounded.
/// </summary>
/// <remarks>Used for reviews.yml (the whole file is the list) and site.yml's <c>reviewers:</c> (the list under one key).</remarks>
public static class YamlRecordReader
{
    /// <param name="underKey">The top-level key whose value is the list, or null when the whole document is the list.</param>
    /// <param name="fields">The field names a record may have, each with what it should hold (for unknown-field messages).</param>
    /// <param name="entry">What one record is called in messages, e.g. "review".</param>
    /// <returns>
    /// Every record that is a mapping (unknown fields reported and left out), or null when the YAML cannot be read as
    /// such a list at all. Problems with single records are reported and the rest are still returned.
    /// </returns>
    public static IReadOnlyList<YamlRecord>? Read(YamlText yaml, string? underKey, IReadOnlyDictionary<string, string> fields,
        string entry, List<Diagnostic> diagnostics)
    {
        var reader = new Reader(new Parser(new StringReader(yaml.Text)), yaml, fields, entry, diagnostics);
        try
        {
            return reader.ReadDocument(underKey);
        }
        catch (YamlException ex)
        {
            diagnostics.Add(YamlKeyScanner.At(yaml, ex.Start, Severity.Error, $"YAML syntax error: {ex.Message}", YamlKeyScanner.SyntaxHint));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives up without a position on some broken input (e.g. an unclosed '['); the last event it read still says roughly where.
            diagnostics.Add(YamlKeyScanner.At(yaml, reader.LastGood, Severity.Error, "YAML syntax error: a bracket or quote is not closed",
                YamlKeyScanner.SyntaxHint));
            return null;
        }
    }

    private sealed class Reader(IParser parser, YamlText yaml, IReadOnlyDictionary<string, string> fields, string entry, List<Diagnostic> diagnostics)
    {
        /// <summary>Where the last event read ends.</summary>
        public Mark LastGood { get; private set; } = Mark.Empty;

        private ParsingEvent Next()
        {
            if (!parser.MoveNext()) throw new YamlException(LastGood, LastGood, "the YAML ends too early");
            LastGood = parser.Current!.End;
            return parser.Current;
        }

        public IReadOnlyList<YamlRecord>? ReadDocument(string? underKey)
        {
            Next(); // stream start
            if (Next() is StreamEnd) return []; // nothing but comments
            var list = Next();
            if (underKey is not null)
            {
                if (IsEmpty(list)) return [];
                if (list is not MappingStart) return null; // the file's own parser says what is wrong with it
                list = FindValue(underKey);
                if (list is null) return [];
            }
            var records = ReadList(list, underKey);
            if (records is null || underKey is not null) return records;

            if (Next() is DocumentEnd && Next() is not StreamEnd)
            {
                diagnostics.Add(At(parser.Current!.Start, $"{yaml.Path} holds more than one YAML document; only the first would be read",
                    "remove the extra --- line, so that every entry is in one list"));
                return null;
            }
            return records;
        }

        /// <summary>Moves to the value of a top-level key; null when the mapping does not have it.</summary>
        private ParsingEvent? FindValue(string key)
        {
            while (Next() is not MappingEnd)
            {
                var name = parser.Current as Scalar;
                if (!Skip(parser.Current!)) return null;
                var value = Next();
                if (name?.Value == key) return value;
                if (!Skip(value)) return null;
            }
            return null;
        }

        private List<YamlRecord>? ReadList(ParsingEvent list, string? underKey)
        {
            if (IsEmpty(list)) return [];
            var where = underKey is null ? yaml.Path : $"'{underKey}'";
            if (list is not SequenceStart)
            {
                diagnostics.Add(At(list.Start, $"{where} must be a list of {entry} entries",
                    $"start each {entry} with '- ' at the beginning of a line"));
                return null;
            }

            var records = new List<YamlRecord>();
            while (Next() is not SequenceEnd)
            {
                var item = parser.Current!;
                if (item is MappingStart)
                {
                    if (ReadRecord(item.Start) is not { } record) return null;
                    records.Add(record);
                    continue;
                }
                diagnostics.Add(At(item.Start, $"each {entry} must be 'name: value' fields, not a single value",
                    $"write each {entry} as the fields {string.Join(", ", fields.Keys)}"));
                if (!Skip(item)) return null;
            }
            return records;
        }

        private YamlRecord? ReadRecord(Mark start)
        {
            var found = new Dictionary<string, YamlField>();
            while (Next() is not MappingEnd)
            {
                var key = parser.Current!;
                if (!Skip(key)) return null;
                var value = Next();
                var name = (key as Scalar)?.Value ?? "";
                if (!fields.TryGetValue(name, out var expected))
                {
                    var closest = EditDistance.Closest(name, fields.Keys);
                    diagnostics.Add(At(key.Start, Severity.Warning,
                        closest is null ? $"unknown {entry} field '{name}'" : $"unknown {entry} field '{name}': did you mean '{closest}'?",
                        closest is null ? $"known fields: {string.Join(", ", fields.Keys)}" : $"rename it to '{closest}'"));
                }
                else if (found.TryGetValue(name, out var first))
                    diagnostics.Add(At(key.Start, $"'{name}' appears twice in this {entry} (first on line {first.Line})", "keep one and delete the other"));
                else if (value is Scalar text)
                    found[name] = new YamlField(name, text.Value, yaml.FileLine(text.Start.Line), (int)text.Start.Column);
                else
                    diagnostics.Add(At(value.Start, value is AnchorAlias ? $"'{name}' refers to another value (*); write the text itself" : $"'{name}' should be {expected}",
                        $"write it on one line, like {name}: ..."));
                if (!Skip(value)) return null;
            }
            return new YamlRecord(yaml.FileLine(start.Line), (int)start.Column, found);
        }

        /// <summary>Steps over a value and anything nested in it; false (and an error) when it nests too deep.</summary>
        private bool Skip(ParsingEvent value)
        {
            if (value is not (MappingStart or SequenceStart)) return true;
            var depth = 1;
            while (depth > 0)
            {
                var current = Next();
                if (current is MappingStart or SequenceStart) depth++;
                else if (current is MappingEnd or SequenceEnd) depth--;
                if (depth > YamlKeyScanner.MaxDepth)
                {
                    diagnostics.Add(At(current.Start, $"the YAML is nested more than {YamlKeyScanner.MaxDepth} levels deep",
                        $"every {entry} is a few 'name: value' lines"));
                    return false;
                }
            }
            return true;
        }

        private static bool IsEmpty(ParsingEvent node) =>
            node is Scalar { Style: ScalarStyle.Plain, Value: "" or "~" or "null" or "Null" or "NULL" };

        private Diagnostic At(Mark mark, string message, string hint) => At(mark, Severity.Error, message, hint);

        private Diagnostic At(Mark mark, Severity severity, string message, string hint) => YamlKeyScanner.At(yaml, mark, severity, message, hint);
    }
}
