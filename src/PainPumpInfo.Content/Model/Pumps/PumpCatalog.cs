using System.Collections.Frozen;

namespace PainPumpInfo.Content.Model.Pumps;

/// <summary>
/// content/pumps.yml, checked and typed: the pump models, each with the same named facts, each filled fact citing
/// sources listed in the same file. Immutable; a change to the file builds a new catalog with the next snapshot.
/// </summary>
/// <param name="Facts">The fact names in display order; every model has a value for each.</param>
/// <param name="Version">A hash of the file it was read from ("" when there is none): tells a real change from a touch.</param>
public sealed record PumpCatalog(
    DateOnly? LastReviewed,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<PumpFact> Facts,
    IReadOnlyList<PumpModel> Models,
    string Version)
{
    public const string FileName = "pumps.yml";

    /// <summary>The site without a pumps.yml (or whose first one never parsed): no models, no pages for them.</summary>
    public static PumpCatalog Empty { get; } = new(null, [], [], [], "");

    private FrozenDictionary<string, Source> SourcesByKey { get; } = Sources.DistinctBy(s => s.Key).ToFrozenDictionary(s => s.Key);

    private FrozenDictionary<string, PumpModel> ModelsByKey { get; } = Models.DistinctBy(m => m.Key).ToFrozenDictionary(m => m.Key);

    public bool IsEmpty => Models.Count == 0;

    public Source? Source(string key) => SourcesByKey.GetValueOrDefault(key);

    public PumpModel? Model(string key) => ModelsByKey.GetValueOrDefault(key);

    public PumpFact? Fact(string key) => Facts.FirstOrDefault(f => f.Key == key);
}
