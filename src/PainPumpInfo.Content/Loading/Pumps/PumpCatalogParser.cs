using System.Globalization;
using PainPumpInfo.Content.Loading.Positioned;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Pumps;
using PainPumpInfo.Content.Rendering;

namespace PainPumpInfo.Content.Loading.Pumps;

/// <summary>
/// content/pumps.yml → <see cref="PumpsFile"/>: every problem becomes a diagnostic at the line and column of the
/// field at fault. Any error means no catalog from this version of the file (the loader keeps the last good one).
/// </summary>
public static partial class PumpCatalogParser
{
    public static PumpsFile Parse(string text, string version)
    {
        var diagnostics = new List<Diagnostic>();
        var root = PositionedYamlReader.Read(new YamlText(PumpCatalog.FileName, text, FirstLine: 1), diagnostics);
        if (root is null)
        {
            if (diagnostics.Count == 0)
                diagnostics.Add(new Diagnostic(PumpCatalog.FileName, 1, 1, Severity.Error, "pumps.yml is empty",
                    "start from the example in content/README.md: sources:, facts: and models:"));
            return new PumpsFile(PumpCatalog.Empty, [], diagnostics);
        }

        var reader = new Reader(diagnostics);
        var catalog = reader.Catalog(root, version);
        return new PumpsFile(diagnostics.Any(d => d.IsError) ? PumpCatalog.Empty : catalog, reader.ArticleLinks, diagnostics);
    }

    /// <summary>Walks the file top-down; each method reads one part and reports its problems where they stand.</summary>
    private sealed partial class Reader(List<Diagnostic> diagnostics)
    {
        public List<InternalLink> ArticleLinks { get; } = [];

        public PumpCatalog Catalog(PositionedNode root, string version)
        {
            if (root is not PositionedMap file)
            {
                Error(root, "pumps.yml must be 'name: value' fields: last_reviewed, sources, facts and models", "write each of them at the start of a line, then a colon");
                return PumpCatalog.Empty;
            }
            Known(file, PumpFields.File, "pumps.yml");
            var lastReviewed = Date(file, "last_reviewed");
            var sources = Sources(file);
            var facts = Facts(file);
            var models = Models(file, sources, facts);
            return new PumpCatalog(lastReviewed, sources, facts, models, version);
        }

        private DateOnly? Date(PositionedMap map, string name)
        {
            var field = map.Field(name);
            if (field is null)
            {
                Error(map, $"'{name}' is missing", $"add the date the file was last checked against its sources, like: {name}: 2026-11-30");
                return null;
            }
            if (field.Value is PositionedScalar scalar
                && DateOnly.TryParseExact(scalar.Value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return date;
            Error(field.Value, $"'{name}' should be {PumpFields.File[name]}", $"fix the value of '{name}' on line {field.Line}");
            return null;
        }

        private List<Source> Sources(PositionedMap file)
        {
            var sources = new List<Source>();
            foreach (var item in List(file, "sources"))
            {
                if (Map(item, "each source", "write each source as '- key: ...', then 'title: ...' and 'url: https://...' under it") is not { } entry) continue;
                Known(entry, PumpFields.Source, "a source");
                var key = Key(entry, "source");
                var title = Text(entry, "title", "source");
                var url = Url(entry);
                if (key is null || title is null || url is null) continue;
                if (sources.Any(s => s.Key == key))
                    Error(entry.Field("key")!.Value, $"source '{key}' is listed twice", "keep one entry per source");
                else
                    sources.Add(new Source(key, title, url));
            }
            return sources;
        }

        private List<PumpFact> Facts(PositionedMap file)
        {
            var facts = new List<PumpFact>();
            foreach (var item in List(file, "facts"))
            {
                if (Map(item, "each fact", "write each fact as '- key: mri' with 'label: MRI scans' under it") is not { } entry) continue;
                Known(entry, PumpFields.Fact, "a fact");
                var key = Key(entry, "fact");
                var label = Text(entry, "label", "fact");
                var article = Optional(entry, "article")?.Trim().Trim('/');
                if (article is not null && article.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) article = article[..^".md".Length];
                if (key is null || label is null) continue;
                if (facts.Any(f => f.Key == key))
                {
                    Error(entry.Field("key")!.Value, $"fact '{key}' is listed twice", "keep one entry per fact");
                    continue;
                }
                if (article is { Length: > 0 } && entry.Field("article") is { } field)
                    ArticleLinks.Add(new InternalLink(article, "", field.Value.Line, field.Value.Column));
                facts.Add(new PumpFact(key, label, string.IsNullOrEmpty(article) ? null : article));
            }
            return facts;
        }

        private List<PumpModel> Models(PositionedMap file, List<Source> sources, List<PumpFact> facts)
        {
            var models = new List<PumpModel>();
            foreach (var item in List(file, "models"))
            {
                if (Map(item, "each model", "write each model as '- key: ...' with name:, maker:, still_made: and facts: under it") is not { } entry) continue;
                Known(entry, PumpFields.Model, "a model");
                var key = Key(entry, "model");
                var name = Text(entry, "name", "model");
                var maker = Text(entry, "maker", "model");
                if (key is null || name is null || maker is null) continue;
                if (models.Any(m => m.Key == key))
                {
                    Error(entry.Field("key")!.Value, $"model '{key}' is listed twice: two models cannot share a key", "give each model its own key; the key is its address, /pumps/{key}");
                    continue;
                }

                var status = entry.Field("status") is { } statusField ? Value(statusField, $"'status' of '{key}'", sources) : null;
                var stillMade = StillMadeOf(entry, key, status);
                models.Add(new PumpModel(key, name, maker, ModelNumbers(entry), stillMade, status, Values(entry, key, sources, facts)));
            }
            return models;
        }

        private IReadOnlyList<string> ModelNumbers(PositionedMap model)
        {
            var field = model.Field("model_numbers");
            if (field is null || field.Value is PositionedScalar { IsNull: true }) return [];
            if (field.Value is PositionedScalar single) return [single.Value.Trim()];
            if (field.Value is not PositionedList list)
            {
                Error(field.Value, $"'model_numbers' should be {PumpFields.Model["model_numbers"]}", "write them in brackets, in quotes: [\"8626\", \"8627\"]");
                return [];
            }
            var numbers = new List<string>();
            foreach (var number in list.Items)
                if (number is PositionedScalar { IsNull: false } scalar) numbers.Add(scalar.Value.Trim());
                else Error(number, "each model number should be a single value", "write them in brackets, in quotes: [\"8626\", \"8627\"]");
            return numbers;
        }

        private IReadOnlyList<PositionedNode> List(PositionedMap file, string name)
        {
            var field = file.Field(name);
            if (field?.Value is PositionedList list && list.Items.Count > 0) return list.Items;
            if (field is null || field.Value is PositionedScalar { IsNull: true } || field.Value is PositionedList)
                Error((PositionedNode?)field?.Value ?? file, $"'{name}' is missing or empty", $"add {name}: with {PumpFields.File[name]}");
            else
                Error(field.Value, $"'{name}' should be {PumpFields.File[name]}", $"start each entry on its own line with '- '");
            return [];
        }

        private PositionedMap? Map(PositionedNode node, string what, string hint)
        {
            if (node is PositionedMap map) return map;
            Error(node, $"{what} should be a group of 'name: value' fields, not {node.Kind}", hint);
            return null;
        }

        private string? Key(PositionedMap entry, string what)
        {
            var key = Text(entry, "key", what);
            if (key is null || SourceKey.IsValid(key)) return key;
            Error(entry.Field("key")!.Value, $"the {what} key '{key}' can only use lower-case letters, digits and hyphens", $"write it as '{SourceKey.Suggest(key)}'");
            return null;
        }

        private string? Text(PositionedMap entry, string name, string what)
        {
            var field = entry.Field(name);
            if (field?.Value is PositionedScalar { IsNull: false } scalar && Plain(scalar.Value) is { Length: > 0 } text) return text;
            if (field is not null && field.Value is not PositionedScalar)
                Error(field.Value, $"'{name}' should be a single value, not {field.Value.Kind}", $"write it on one line after '{name}:'");
            else
                Error((PositionedNode?)field?.Value ?? entry, $"a {what} needs '{name}:'", $"add '{name}:' with {DescribeField(name, what)}");
            return null;
        }

        private string? Optional(PositionedMap entry, string name) =>
            entry.Field(name)?.Value is PositionedScalar { IsNull: false } scalar ? Plain(scalar.Value) : null;

        private string? Url(PositionedMap entry)
        {
            var url = Text(entry, "url", "source");
            if (url is null) return null;
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
                return uri.AbsoluteUri;
            Error(entry.Field("url")!.Value, $"'{url}' is not a web address", "write the page's full address, starting with https://");
            return null;
        }

        private void Known(PositionedMap map, IReadOnlyDictionary<string, string> fields, string what)
        {
            foreach (var field in map.Fields.Where(f => !fields.ContainsKey(f.Name)))
            {
                var closest = PumpFields.Closest(field.Name, fields);
                diagnostics.Add(new Diagnostic(PumpCatalog.FileName, field.Line, field.Column, Severity.Warning,
                    closest is null ? $"unknown field '{field.Name}' in {what}" : $"unknown field '{field.Name}' in {what}: did you mean '{closest}'?",
                    closest is null ? $"known fields: {string.Join(", ", fields.Keys)}" : $"rename it to '{closest}'"));
            }
        }

        private static string DescribeField(string name, string what) => what switch
        {
            "source" => PumpFields.Source.GetValueOrDefault(name),
            "fact" => PumpFields.Fact.GetValueOrDefault(name),
            _ => PumpFields.Model.GetValueOrDefault(name),
        } ?? "a value";

        /// <summary>Text as readers see it: one line, single spaces (YAML's folded and quoted forms may keep line breaks).</summary>
        private static string Plain(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        private void Error(PositionedNode at, string message, string hint) =>
            diagnostics.Add(new Diagnostic(PumpCatalog.FileName, at.Line, at.Column, Severity.Error, message, hint));

        private void Error(PositionedField at, string message, string hint) =>
            diagnostics.Add(new Diagnostic(PumpCatalog.FileName, at.Line, at.Column, Severity.Error, message, hint));
    }
}
