using PainPumpInfo.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PainPumpInfo.Content.Loading;

/// <summary>
/// Walks YAML parser events (never a YamlStream, which would expand aliases) to find syntax errors and the
/// top-level keys with their positions, so later messages can name the line of the field at fault.
/// </summary>
public static class YamlKeyScanner
{
    /// <summary>Deeper than any real front matter; bounds nesting attacks before the deserializer sees them.</summary>
    public const int MaxDepth = 16;

    private const int MaxEvents = 20_000;

    public const string SyntaxHint = "check the indentation, close every [ { and quote, and put text that contains a colon (:) or starts with [ { * & # in quotes";

    public const string AliasMessage = "YAML anchors and aliases (&name and *name) are not allowed";

    private const string AliasHint = "write each value out in full; put text that starts with & or * in quotes";

    /// <returns>The keys in order, or null when the YAML is not a well-formed mapping (a diagnostic says why).</returns>
    public static IReadOnlyList<YamlKey>? Scan(YamlText yaml, List<Diagnostic> diagnostics)
    {
        var keys = new List<YamlKey>();
        var lastGood = Mark.Empty;
        try
        {
            var parser = new Parser(new StringReader(yaml.Text));
            var depth = 0;
            var events = 0;
            var expectKey = true;
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                lastGood = current.End;
                if (++events > MaxEvents)
                {
                    diagnostics.Add(At(yaml, current.Start, Severity.Error, "the front matter is far too large", "keep it to the documented fields"));
                    return null;
                }

                // Front matter and site settings never need to repeat a value, and aliases are how a few lines of
                // YAML grow into millions of nodes: refuse them by name rather than let a later rule fail vaguely.
                if (current is AnchorAlias || current is NodeEvent { Anchor.IsEmpty: false })
                {
                    diagnostics.Add(At(yaml, current.Start, Severity.Error, AliasMessage, AliasHint));
                    return null;
                }

                if (depth == 1 && current is NodeEvent or AnchorAlias)
                {
                    var line = yaml.FileLine(current.Start.Line);
                    var column = (int)current.Start.Column;
                    if (expectKey)
                        keys.Add(new YamlKey((current as Scalar)?.Value ?? "?", line, column, line, column));
                    else
                        keys[^1] = keys[^1] with { ValueLine = line, ValueColumn = column };
                    expectKey = !expectKey;
                }

                if (current is MappingStart or SequenceStart)
                {
                    if (depth == 0 && current is not MappingStart)
                    {
                        diagnostics.Add(At(yaml, current.Start, Severity.Error, "the YAML must be 'name: value' fields, not a list", "write each field as 'name: value' on its own line"));
                        return null;
                    }
                    if (++depth > MaxDepth)
                    {
                        diagnostics.Add(At(yaml, current.Start, Severity.Error, $"the YAML is nested more than {MaxDepth} levels deep", "front matter fields are at most a list of sources deep"));
                        return null;
                    }
                }
                else if (current is MappingEnd or SequenceEnd)
                {
                    depth--;
                }
                else if (depth == 0 && current is Scalar)
                {
                    diagnostics.Add(At(yaml, current.Start, Severity.Error, "the YAML must be 'name: value' fields", "write each field as 'name: value' on its own line"));
                    return null;
                }
            }
        }
        catch (YamlException ex)
        {
            diagnostics.Add(At(yaml, ex.Start, Severity.Error, $"YAML syntax error: {ex.Message}", SyntaxHint));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives up without a position on some broken input (e.g. an unclosed '[');
            // the last event it read still says roughly where.
            diagnostics.Add(At(yaml, lastGood, Severity.Error, "YAML syntax error: a bracket or quote is not closed", SyntaxHint));
            return null;
        }

        return keys;
    }

    public static Diagnostic At(YamlText yaml, Mark mark, Severity severity, string message, string hint = "") =>
        new(yaml.Path, yaml.FileLine(Math.Max(1, mark.Line)), (int)Math.Max(1, mark.Column), severity, message, hint);
}
