using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Pumps;
using PainPumpInfo.Content.Rendering;

namespace PainPumpInfo.Content.Loading.Pumps;

/// <summary>
/// What became of content/pumps.yml: the catalog served, the article routes its facts point to (with their place in
/// the file, for the validator), and the file's own problems. Kept in the snapshot, so a broken save can keep
/// serving the last good catalog.
/// </summary>
/// <param name="IsStale">The file no longer parses and <see cref="Catalog"/> is its last good version.</param>
public sealed record PumpsFile(PumpCatalog Catalog, IReadOnlyList<InternalLink> ArticleLinks, IReadOnlyList<Diagnostic> Diagnostics, bool IsStale = false)
{
    public static PumpsFile None { get; } = new(PumpCatalog.Empty, [], []);
}
