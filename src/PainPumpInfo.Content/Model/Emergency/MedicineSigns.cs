namespace PainPumpInfo.Content.Model.Emergency;

/// <summary>One pump medicine: its lists of warning signs, and short notes for emergency staff.</summary>
/// <param name="Name">As patients pick it and staff read it, e.g. "Ziconotide (Prialt)".</param>
public sealed record MedicineSigns(string Key, string Name, IReadOnlyList<SignList> Lists, IReadOnlyList<SourcedText> Notes);
