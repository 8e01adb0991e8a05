using Markdig.Syntax;
using PainPumpInfo.Content.Loading;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Rendering.Citations;

/// <summary>
/// Numbers every citation by its source's place in the article's source list, and reports citations of keys the
/// list lacks (errors) and listed sources the text never cites (warnings).
/// </summary>
public static class CitationNumbering
{
    public static IReadOnlyList<ListedSource> Apply(
        string path, string fileText, MarkdownDocument document, IReadOnlyList<Source> sources, List<Diagnostic> diagnostics)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var source in sources) numbers.TryAdd(source.Key, numbers.Count + 1);

        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var inline in document.Descendants<CitationInline>())
            foreach (var citation in inline.Citations)
            {
                if (!numbers.TryGetValue(citation.Key, out var number))
                {
                    diagnostics.Add(UnknownKey(path, inline, citation.Key, numbers.Keys));
                    continue;
                }
                citation.Number = number;
                citation.Occurrence = occurrences[citation.Key] = occurrences.GetValueOrDefault(citation.Key) + 1;
            }

        var listed = new List<ListedSource>();
        foreach (var source in sources)
        {
            var cited = occurrences.ContainsKey(source.Key);
            if (!cited)
                diagnostics.Add(new Diagnostic(path, LineOfKey(fileText, source.Key), 1, Severity.Warning,
                    $"source '{source.Key}' is listed but never cited",
                    $"cite it where its fact is used, like [@{source.Key}], or remove it from sources:"));
            listed.Add(new ListedSource(numbers[source.Key], source, cited ? SourceAnchors.CitationId(source.Key, 1) : null));
        }
        return listed;
    }

    private static Diagnostic UnknownKey(string path, CitationInline inline, string key, IEnumerable<string> known)
    {
        var closest = EditDistance.Closest(key, known);
        return new Diagnostic(path, inline.Line + 1, inline.Column + 1, Severity.Error,
            closest is null
                ? $"citation [@{key}] names no source of this article"
                : $"citation [@{key}] names no source of this article: did you mean [@{closest}]?",
            $"add a source with 'key: {key}' under sources:, or cite one of: {string.Join(", ", known.Select(k => "@" + k))}");
    }

    /// <summary>The line of a source's <c>key:</c> in the front matter, so the warning points at it.</summary>
    private static int LineOfKey(string fileText, string key)
    {
        var line = 1;
        foreach (var text in fileText.AsSpan().EnumerateLines())
        {
            var trimmed = text.Trim().TrimStart('-').Trim();
            if (trimmed.StartsWith("key:") && trimmed["key:".Length..].Trim().Trim('"').Trim('\'').SequenceEqual(key)) return line;
            line++;
        }
        return 1;
    }
}
