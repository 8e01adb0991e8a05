namespace PainPumpInfo.Content.Model.Pumps;

/// <summary>One pump model and what is known about it, fact by fact.</summary>
/// <param name="ModelNumbers">As printed on ID cards and in labelling, e.g. 8637; empty when none was found.</param>
/// <param name="Status">Its history (approval, recalls, end of sales) with sources; null when the file gives none.</param>
/// <param name="Values">A value for every fact of the catalog, by fact key.</param>
public sealed record PumpModel(
    string Key,
    string Name,
    string Maker,
    IReadOnlyList<string> ModelNumbers,
    StillMade StillMade,
    PumpFactValue? Status,
    IReadOnlyDictionary<string, PumpFactValue> Values)
{
    public string Url => "/pumps/" + Key;

    /// <summary>"Medtronic SynchroMed II", unless the name already starts with the maker.</summary>
    public string FullName => Name.StartsWith(Maker, StringComparison.OrdinalIgnoreCase) ? Name : $"{Maker} {Name}";

    /// <summary>"Medtronic SynchroMed II (model 8637)": as a patient finds it on the maker's ID card.</summary>
    public string FullNameWithNumbers =>
        ModelNumbers.Count == 0 ? FullName : $"{FullName} (model {string.Join(", ", ModelNumbers)})";

    public PumpFactValue ValueOf(string fact) => Values.GetValueOrDefault(fact) ?? PumpFactValue.Unknown;
}
