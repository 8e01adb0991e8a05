using System.Globalization;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Loading.Positioned;

/// <summary>
/// Reads the fields of a data file that staff edit (emergency-signs.yml, pumps.yml) from its positioned YAML:
/// each value is checked for its kind, and every problem becomes a diagnostic at the line and column of the
/// field at fault, in editors' words.
/// </summary>
/// <param name="fileName">The file, relative to the content folder, that diagnostics name.</param>
public sealed class DataFileReader(string fileName, List<Diagnostic> diagnostics)
{
    /// <summary>What each field of a source should hold, the same in every data file.</summary>
    public static readonly IReadOnlyDictionary<string, string> SourceFields = new Dictionary<string, string>
    {
        ["key"] = "a short name in lower-case letters, digits and hyphens, like gablofen-label",
        ["title"] = "the source's title, as text",
        ["url"] = "the source's full web address, starting with https://",
    };

    public bool HasErrors => diagnostics.Any(d => d.IsError);

    /// <summary>Warns about each field the file does not use here, with the nearest known one.</summary>
    /// <param name="fields">The known fields and what each should hold.</param>
    public void Known(PositionedMap map, IReadOnlyDictionary<string, string> fields, string what)
    {
        foreach (var field in map.Fields.Where(f => !fields.ContainsKey(f.Name)))
        {
            var closest = EditDistance.Closest(field.Name, fields.Keys);
            diagnostics.Add(new Diagnostic(fileName, field.Line, field.Column, Severity.Warning,
                closest is null ? $"unknown field '{field.Name}' in {what}" : $"unknown field '{field.Name}' in {what}: did you mean '{closest}'?",
                closest is null ? $"known fields: {string.Join(", ", fields.Keys)}" : $"rename it to '{closest}'"));
        }
    }

    public PositionedMap? Map(PositionedNode node, string what, string hint)
    {
        if (node is PositionedMap map) return map;
        Error(node, $"{what} should be a group of 'name: value' fields, not {node.Kind}", hint);
        return null;
    }

    /// <summary>The items of a list that must have at least one.</summary>
    /// <param name="description">What the list holds, for the messages, e.g. "a list of sources".</param>
    public IReadOnlyList<PositionedNode> List(PositionedMap map, string name, string description)
    {
        var field = map.Field(name);
        if (field?.Value is PositionedList list && list.Items.Count > 0) return list.Items;
        if (field is null || field.Value is PositionedScalar { IsNull: true } || field.Value is PositionedList)
            Error((PositionedNode?)field?.Value ?? map, $"'{name}' is missing or empty", $"add {name}: with {description}");
        else
            Error(field.Value, $"'{name}' should be {description}", "start each entry on its own line with '- '");
        return [];
    }

    /// <summary>The items of a list that may be left out; a single value counts as a list of one.</summary>
    public IReadOnlyList<PositionedNode> OptionalList(PositionedMap map, string name, string description)
    {
        var field = map.Field(name);
        switch (field?.Value)
        {
            case null or PositionedScalar { IsNull: true }: return [];
            case PositionedList list: return list.Items;
            case PositionedScalar single: return [single];
            default:
                Error(field.Value, $"'{name}' should be {description}", "write the entries in brackets, like [a, b], or each on its own line with '- '");
                return [];
        }
    }

    /// <param name="description">What the field should hold, for the message when it is missing.</param>
    public string? Text(PositionedMap entry, string name, string what, string description)
    {
        var field = entry.Field(name);
        if (field?.Value is PositionedScalar { IsNull: false } scalar && Plain(scalar.Value) is { Length: > 0 } text) return text;
        if (field is not null && field.Value is not PositionedScalar)
            Error(field.Value, $"'{name}' should be a single value, not {field.Value.Kind}", $"write it on one line after '{name}:'");
        else
            Error((PositionedNode?)field?.Value ?? entry, $"{what} needs '{name}:'", $"add '{name}:' with {description}");
        return null;
    }

    public string? Optional(PositionedMap entry, string name) =>
        entry.Field(name)?.Value is PositionedScalar { IsNull: false } scalar ? Plain(scalar.Value) : null;

    /// <summary>A key in lower-case letters, digits and hyphens: what articles and citations name an entry by.</summary>
    public string? Key(PositionedMap entry, string what, string description)
    {
        var key = Text(entry, "key", what, description);
        if (key is null || SourceKey.IsValid(key)) return key;
        Error(entry.Field("key")!.Value, $"the key '{key}' of {what} can only use lower-case letters, digits and hyphens", $"write it as '{SourceKey.Suggest(key)}'");
        return null;
    }

    /// <summary>One of a few words (e.g. urgent or warning), compared without case.</summary>
    public string? Choice(PositionedMap entry, string name, string what, IReadOnlyList<string> choices)
    {
        var either = choices.Count == 1 ? choices[0] : string.Join(", ", choices.Take(choices.Count - 1)) + " or " + choices[^1];
        var text = Text(entry, name, what, either);
        if (text is null) return null;
        var choice = choices.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
        if (choice is null)
            Error(entry.Field(name)!.Value, $"'{name}' should be {either}, not '{text}'", $"fix the value of '{name}' on line {entry.Field(name)!.Line}");
        return choice;
    }

    /// <summary>A required date, written as YYYY-MM-DD.</summary>
    public DateOnly? Date(PositionedMap map, string name, string hint)
    {
        var field = map.Field(name);
        if (field is null)
        {
            Error(map, $"'{name}' is missing", hint);
            return null;
        }
        if (field.Value is PositionedScalar scalar
            && DateOnly.TryParseExact(scalar.Value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Error(field.Value, $"'{name}' should be a date written as YYYY-MM-DD, like 2026-11-30", $"fix the value of '{name}' on line {field.Line}");
        return null;
    }

    /// <summary>The file's <c>sources:</c>, each with a key, a title and a web address; each key once.</summary>
    public List<Source> Sources(PositionedMap file)
    {
        var sources = new List<Source>();
        foreach (var item in List(file, "sources", "a list of sources, each with a key, a title and a url"))
        {
            if (Map(item, "each source", "write each source as '- key: ...', then 'title: ...' and 'url: https://...' under it") is not { } entry) continue;
            Known(entry, SourceFields, "a source");
            var key = Key(entry, "a source", SourceFields["key"]);
            var title = Text(entry, "title", "a source", SourceFields["title"]);
            var url = Url(entry);
            if (key is null || title is null || url is null) continue;
            if (sources.Any(s => s.Key == key))
                Error(entry.Field("key")!.Value, $"source '{key}' is listed twice", "keep one entry per source");
            else
                sources.Add(new Source(key, title, url));
        }
        return sources;
    }

    /// <summary>
    /// The source keys an entry cites under <c>sources:</c>: at least one, each listed in the file.
    /// </summary>
    /// <returns>The keys, or null when any is missing or unknown (a diagnostic says which).</returns>
    /// <param name="problem">What the message says is wrong when no source is given.</param>
    public List<string>? SourceKeys(PositionedMap entry, string what, IReadOnlyList<Source> sources, string noSourceHint, string problem = "has no source")
    {
        var field = entry.Field("sources");
        IReadOnlyList<PositionedNode> items = field?.Value switch
        {
            PositionedList list => list.Items,
            PositionedScalar { IsNull: false } single => [single],
            _ => [],
        };
        if (items.Count == 0)
        {
            Error(field?.Value ?? (PositionedNode)entry, $"{what} {problem}", noSourceHint);
            return null;
        }
        var keys = new List<string>();
        foreach (var item in items)
        {
            var key = (item as PositionedScalar)?.Value.Trim() ?? "";
            if (sources.Any(s => s.Key == key))
            {
                keys.Add(key);
                continue;
            }
            var closest = EditDistance.Closest(key, sources.Select(s => s.Key));
            Error(item, closest is null ? $"source '{key}' is not listed under sources:" : $"source '{key}' is not listed under sources: did you mean '{closest}'?",
                closest is null ? "add it to the sources: list at the top, with a title and url" : $"change it to '{closest}'");
        }
        return keys.Count == items.Count ? keys : null;
    }

    /// <summary>Warns about each listed source nothing in the file cites, as articles do.</summary>
    public void Uncited(PositionedMap file, IReadOnlyList<Source> sources, IReadOnlySet<string> cited)
    {
        var items = (file["sources"] as PositionedList)?.Items ?? [];
        foreach (var source in sources.Where(s => !cited.Contains(s.Key)))
        {
            var at = items.OfType<PositionedMap>().FirstOrDefault(m => (m["key"] as PositionedScalar)?.Value.Trim() == source.Key);
            diagnostics.Add(new Diagnostic(fileName, at?.Line ?? 1, at?.Column ?? 1, Severity.Warning,
                $"source '{source.Key}' is listed but never cited", "cite it where its fact is used, or remove it from sources:"));
        }
    }

    public void Error(PositionedNode at, string message, string hint) =>
        diagnostics.Add(new Diagnostic(fileName, at.Line, at.Column, Severity.Error, message, hint));

    public void Error(PositionedField at, string message, string hint) =>
        diagnostics.Add(new Diagnostic(fileName, at.Line, at.Column, Severity.Error, message, hint));

    /// <summary>Text as readers see it: one line, single spaces (YAML's folded and quoted forms may keep line breaks).</summary>
    public static string Plain(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private string? Url(PositionedMap entry)
    {
        var url = Text(entry, "url", "a source", SourceFields["url"]);
        if (url is null) return null;
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            return uri.AbsoluteUri;
        Error(entry.Field("url")!.Value, $"'{url}' is not a web address", "write the page's full address, starting with https://");
        return null;
    }
}
