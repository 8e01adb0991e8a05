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
            var lastReviewed = data.Date(file, "last_reviewed", "add the date the file was last checked against its sources, like: last_reviewed: 2026-11-30");
            var sources = data.Sources(file);
            var facts = Facts(file);
            var models = Models(file, sources, facts);
            return new PumpCatalog(lastReviewed, sources, facts, models, version);
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

        private readonly DataFileReader data = new(PumpCatalog.FileName, diagnostics);

        private IReadOnlyList<PositionedNode> List(PositionedMap file, string name) => data.List(file, name, PumpFields.File[name]);

        private PositionedMap? Map(PositionedNode node, string what, string hint) => data.Map(node, what, hint);

        private string? Key(PositionedMap entry, string what) => data.Key(entry, "a " + what, DescribeField("key", what));

        private string? Text(PositionedMap entry, string name, string what) => data.Text(entry, name, "a " + what, DescribeField(name, what));

        private string? Optional(PositionedMap entry, string name) => data.Optional(entry, name);

        private void Known(PositionedMap map, IReadOnlyDictionary<string, string> fields, string what) => data.Known(map, fields, what);

        private void Error(PositionedNode at, string message, string hint) => data.Error(at, message, hint);

        private void Error(PositionedField at, string message, string hint) => data.Error(at, message, hint);

        private static string DescribeField(string name, string what) => what switch
        {
            "fact" => PumpFields.Fact.GetValueOrDefault(name),
            _ => PumpFields.Model.GetValueOrDefault(name),
        } ?? "a value";
    }
}
