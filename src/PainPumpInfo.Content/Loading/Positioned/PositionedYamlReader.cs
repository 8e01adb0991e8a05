using PainPumpInfo.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PainPumpInfo.Content.Loading.Positioned;

/// <summary>
/// Reads one YAML document into <see cref="PositionedNode"/>s straight from the parser's events (never a
/// YamlStream), with the same limits as front matter: bounded depth and size, no aliases, no repeated names.
/// </summary>
public static class PositionedYamlReader
{
    /// <summary>Far more than pumps.yml's four levels; bounds nesting attacks.</summary>
    public const int MaxDepth = YamlKeyScanner.MaxDepth;

    /// <summary>A full pumps.yml is about 1,500 events; this refuses a file built to exhaust memory.</summary>
    public const int MaxEvents = 50_000;

    private const string SyntaxHint = "check the indentation, close every [ { and quote, and put text that contains a colon (:) or starts with [ { * & # in quotes";

    /// <returns>The document's root, or null when the file is empty or not well-formed (a diagnostic says why).</returns>
    public static PositionedNode? Read(YamlText yaml, List<Diagnostic> diagnostics)
    {
        var reader = new EventReader(yaml);
        try
        {
            return reader.Document();
        }
        catch (YamlException ex)
        {
            diagnostics.Add(YamlKeyScanner.At(yaml, ex.Start, Severity.Error, $"YAML syntax error: {ex.Message}", SyntaxHint));
        }
        catch (RefusedYaml refused)
        {
            diagnostics.Add(refused.Diagnostic);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives up without a position on some broken input; the last event read says roughly where.
            diagnostics.Add(YamlKeyScanner.At(yaml, reader.LastGood, Severity.Error, "YAML syntax error: a bracket or quote is not closed", SyntaxHint));
        }
        return null;
    }

    private sealed class RefusedYaml(Diagnostic diagnostic) : Exception(diagnostic.Message)
    {
        public Diagnostic Diagnostic { get; } = diagnostic;
    }

    private sealed class EventReader(YamlText yaml)
    {
        private readonly Parser parser = new(new StringReader(yaml.Text));
        private int events;

        public Mark LastGood { get; private set; } = Mark.Empty;

        public PositionedNode? Document()
        {
            ParsingEvent? current;
            do current = Next(); while (current is StreamStart or DocumentStart);
            if (current is null or StreamEnd or DocumentEnd) return null;
            return Node(current, depth: 0);
        }

        private ParsingEvent? Next()
        {
            if (!parser.MoveNext()) return null;
            var current = parser.Current!;
            LastGood = current.End;
            if (++events > MaxEvents)
                throw Refuse(current.Start, "the file is far too large", "keep it to the documented fields");
            return current;
        }

        private PositionedNode Node(ParsingEvent current, int depth)
        {
            if (depth > MaxDepth)
                throw Refuse(current.Start, $"the YAML is nested more than {MaxDepth} levels deep", "pumps.yml is at most four levels deep: models, a model, its facts, a fact");
            var (line, column) = Position(current.Start);
            switch (current)
            {
                case AnchorAlias:
                    throw Refuse(current.Start, "aliases (*name) are not allowed here", "write the value out in full");
                case Scalar scalar:
                    return new PositionedScalar(scalar.Value, scalar.Style != ScalarStyle.Plain, line, column);
                case SequenceStart:
                {
                    var items = new List<PositionedNode>();
                    for (var next = Next(); next is not SequenceEnd; next = Next())
                        items.Add(Node(next ?? throw Unclosed(), depth + 1));
                    return new PositionedList(items, line, column);
                }
                case MappingStart:
                {
                    var fields = new List<PositionedField>();
                    for (var next = Next(); next is not MappingEnd; next = Next())
                    {
                        if (next is not Scalar { } name)
                            throw Refuse((next ?? throw Unclosed()).Start, "a field name must be a plain word", "write fields as 'name: value'");
                        var (nameLine, nameColumn) = Position(name.Start);
                        if (fields.Any(f => f.Name == name.Value))
                            throw Refuse(name.Start, $"'{name.Value}' appears twice in the same group", "keep one and delete the other");
                        var value = Node(Next() ?? throw Unclosed(), depth + 1);
                        fields.Add(new PositionedField(name.Value, nameLine, nameColumn, value));
                    }
                    return new PositionedMap(fields, line, column);
                }
                default:
                    throw Refuse(current.Start, "unexpected YAML", SyntaxHint);
            }
        }

        private (int Line, int Column) Position(Mark mark) => (yaml.FileLine(Math.Max(1, mark.Line)), (int)Math.Max(1, mark.Column));

        private RefusedYaml Refuse(Mark mark, string message, string hint) =>
            new(YamlKeyScanner.At(yaml, mark, Severity.Error, message, hint));

        private RefusedYaml Unclosed() => Refuse(LastGood, "YAML syntax error: the file ends inside a list or group", SyntaxHint);
    }
}
