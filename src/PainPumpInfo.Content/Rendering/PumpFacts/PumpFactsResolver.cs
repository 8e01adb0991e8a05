using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PainPumpInfo.Content.Loading;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Pumps;
using PainPumpInfo.Content.Rendering.Citations;

namespace PainPumpInfo.Content.Rendering.PumpFacts;

/// <summary>
/// Fills each embed of an article from the pump catalog, before citations are numbered: each value's sources become
/// a citation in the article's own tree, so they are numbered into the article's source list like any other.
/// </summary>
public static class PumpFactsResolver
{
    /// <summary>Not a fact of the file but of each model: whether it is still made, with its history.</summary>
    public const string StillMadeKey = "still-made";

    public const string StillMadeLabel = "Still made?";

    /// <returns>The catalog's sources the embeds cite, in the order first cited: the article lists them after its own.</returns>
    public static IReadOnlyList<Source> Resolve(string path, MarkdownDocument document, PumpCatalog catalog, List<Diagnostic> diagnostics)
    {
        var used = new List<Source>();
        foreach (var block in document.Descendants<PumpFactsBlock>())
        {
            block.Table = block.IsModel ? ModelTable(block.Key, catalog) : FactTable(block.Key, catalog);
            if (block.Table is null)
            {
                diagnostics.Add(Unknown(path, block, catalog));
                continue;
            }
            // The rows' text and citations as inlines: search and the citation numbering read the tree, not the HTML.
            block.Inline = new ContainerInline();
            foreach (var row in block.Table.Rows)
            {
                var answer = row.Answer is null ? "" : row.Answer + ". ";
                block.Inline.AppendChild(new LiteralInline($"{row.Heading}: {answer}{row.Value.Text ?? (row.Answer is null ? PumpFactValue.UnknownText : "")} "));
                if (row.Citation is null) continue;
                block.Inline.AppendChild(row.Citation);
                foreach (var citation in row.Citation.Citations)
                    if (used.All(s => s.Key != citation.Key) && catalog.Source(citation.Key) is { } source) used.Add(source);
            }
        }
        return used;
    }


    private static PumpFactsTable? FactTable(string key, PumpCatalog catalog)
    {
        if (key == StillMadeKey && !catalog.IsEmpty)
            return new PumpFactsTable("Still made?, by pump", "Pump", StillMadeLabel,
                catalog.Models.Select(model => StillMadeRow(model.Name, model.Url, model.Maker, model)).ToArray());
        if (catalog.Fact(key) is not { } fact) return null;
        var rows = catalog.Models.Select(model => Row(model.Name, model.Url, model.Maker, model.ValueOf(fact.Key))).ToArray();
        return new PumpFactsTable($"{fact.Label}, by pump", "Pump", fact.Label, rows);
    }

    private static PumpFactsTable? ModelTable(string key, PumpCatalog catalog)
    {
        if (catalog.Model(key) is not { } model) return null;
        // No links on the topics: the page lists the articles its facts point to, once, where the site serves them.
        var rows = catalog.Facts.Select(fact => Row(fact.Label, null, "", model.ValueOf(fact.Key)));
        return new PumpFactsTable($"{model.Name}: what is known", "Topic", model.Name, [StillMadeRow(StillMadeLabel, null, "", model), .. rows]);
    }

    /// <summary>"Yes", "No" or "not known", then what is known of the model's history, with its sources.</summary>
    private static PumpFactsRow StillMadeRow(string heading, string? url, string note, PumpModel model)
    {
        var answer = model.StillMade switch
        {
            StillMade.Yes => "Yes",
            StillMade.No => "No",
            _ => PumpFactValue.UnknownText,
        };
        return Row(heading, url, note, model.Status ?? PumpFactValue.Unknown) with { Answer = answer };
    }

    private static PumpFactsRow Row(string heading, string? url, string note, PumpFactValue value)
    {
        CitationInline? citation = null;
        if (value.IsKnown && value.SourceKeys.Count > 0)
            citation = new CitationInline(value.SourceKeys.Select(k => new Citation(k)).ToArray(),
                "[" + string.Join("; ", value.SourceKeys.Select(k => "@" + k)) + "]");
        return new PumpFactsRow(heading, url, note, value, citation);
    }

    private static Diagnostic Unknown(string path, PumpFactsBlock block, PumpCatalog catalog)
    {
        var (what, known) = block.IsModel
            ? ("model", catalog.Models.Select(m => m.Key).ToArray())
            : ("fact", catalog.Facts.Select(f => f.Key).Append(StillMadeKey).ToArray());
        var embed = ":::" + block.Word;
        if (catalog.IsEmpty)
            return new Diagnostic(path, block.Line + 1, block.Column + 1, Severity.Error,
                $"'{embed}' needs the pump data, but content/{PumpCatalog.FileName} is missing or has never loaded",
                $"add content/{PumpCatalog.FileName} (see content/README.md), or remove the line");
        if (block.Key.Length == 0)
            return new Diagnostic(path, block.Line + 1, block.Column + 1, Severity.Error,
                $"'{embed}' needs the name of a {what}, like {embed} {known[0]}", $"{what}s in {PumpCatalog.FileName}: {string.Join(", ", known)}");
        var closest = EditDistance.Closest(block.Key, known);
        return new Diagnostic(path, block.Line + 1, block.KeyColumn + 1, Severity.Error,
            closest is null
                ? $"'{embed} {block.Key}': there is no {what} '{block.Key}' in {PumpCatalog.FileName}"
                : $"'{embed} {block.Key}': there is no {what} '{block.Key}' in {PumpCatalog.FileName}: did you mean '{closest}'?",
            closest is null ? $"{what}s in {PumpCatalog.FileName}: {string.Join(", ", known)}" : $"write {embed} {closest}");
    }
}
