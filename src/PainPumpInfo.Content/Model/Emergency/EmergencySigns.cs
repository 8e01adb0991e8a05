using System.Collections.Frozen;

namespace PainPumpInfo.Content.Model.Emergency;

/// <summary>
/// content/emergency-signs.yml, checked and typed: each medicine's lists of warning signs, notes for emergency
/// staff, what naloxone does and does not reverse, and phone lines; everything cites sources listed in the same
/// file. The articles' warning boxes and the emergency sheet both read it, so they never say different things.
/// </summary>
/// <param name="Version">A hash of the file it was read from ("" when there is none): tells a real change from a touch.</param>
public sealed record EmergencySigns(
    DateOnly? LastReviewed,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<MedicineSigns> Medicines,
    Naloxone Naloxone,
    IReadOnlyList<EmergencyContact> Contacts,
    string Version)
{
    public const string FileName = "emergency-signs.yml";

    /// <summary>The site without the file (or whose first one never parsed): no signs to show or embed.</summary>
    public static EmergencySigns Empty { get; } = new(null, [], [], Naloxone.None, [], "");

    private FrozenDictionary<string, Source> SourcesByKey { get; } = Sources.DistinctBy(s => s.Key).ToFrozenDictionary(s => s.Key);

    private FrozenDictionary<string, MedicineSigns> MedicinesByKey { get; } = Medicines.DistinctBy(m => m.Key).ToFrozenDictionary(m => m.Key);

    private FrozenDictionary<string, SignList> ListsByKey { get; } =
        Medicines.SelectMany(m => m.Lists).DistinctBy(l => l.Key).ToFrozenDictionary(l => l.Key);

    public bool IsEmpty => Medicines.Count == 0;

    public Source? Source(string key) => SourcesByKey.GetValueOrDefault(key);

    public MedicineSigns? Medicine(string key) => MedicinesByKey.GetValueOrDefault(key);

    /// <summary>A list by the key articles embed it with, e.g. <c>baclofen-withdrawal</c>.</summary>
    public SignList? List(string key) => ListsByKey.GetValueOrDefault(key);

    public IEnumerable<string> ListKeys => Medicines.SelectMany(m => m.Lists).Select(l => l.Key);
}
