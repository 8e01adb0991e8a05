namespace PainPumpInfo.Content.Model.Emergency;

/// <summary>A phone line for emergency staff, with who it is for and its sources.</summary>
/// <param name="Makers">The pump makers it serves (e.g. Medtronic); empty for every pump.</param>
public sealed record EmergencyContact(string Name, string Phone, IReadOnlyList<string> Makers, IReadOnlyList<string> SourceKeys)
{
    /// <summary>Whether to show it for a pump by this maker; a pump the patient did not pick from the list (null) gets every line.</summary>
    public bool Serves(string? maker) =>
        maker is null || Makers.Count == 0 || Makers.Any(m => string.Equals(m, maker, StringComparison.OrdinalIgnoreCase));
}
