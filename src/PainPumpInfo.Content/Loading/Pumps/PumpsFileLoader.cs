using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Pumps;

namespace PainPumpInfo.Content.Loading.Pumps;

/// <summary>Reads content/pumps.yml for a new snapshot; a version that does not parse keeps the last good catalog live.</summary>
public static class PumpsFileLoader
{
    /// <param name="text">The file's text; null when it is missing (<paramref name="exists"/> false) or could not be read.</param>
    /// <param name="previous">The previous snapshot's file, whose catalog is the last good one.</param>
    public static PumpsFile Load(bool exists, string? text, PumpsFile? previous)
    {
        if (!exists) return PumpsFile.None;
        var version = text is null ? "unreadable" : ContentHash.Of(text);
        if (previous is not null && !previous.IsStale && previous.Catalog.Version == version && version.Length > 0 && !previous.Catalog.IsEmpty)
            return previous;

        var parsed = text is null ? new PumpsFile(PumpCatalog.Empty, [], []) : PumpCatalogParser.Parse(text, version);
        var broken = text is null || parsed.Diagnostics.Any(d => d.IsError);
        if (!broken || previous is null || previous.Catalog.IsEmpty) return parsed;

        // A broken save never takes the pump pages or embedded tables down: keep serving the last catalog that parsed.
        var note = new Diagnostic(PumpCatalog.FileName, 1, 1, Severity.Warning, "the last good version of pumps.yml is still being served",
            "fix the errors above and save; the pump pages and tables update by themselves");
        return new PumpsFile(previous.Catalog, previous.ArticleLinks, [.. parsed.Diagnostics, note], IsStale: true);
    }
}
