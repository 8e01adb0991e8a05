namespace PainPumpInfo.Content.Model.Emergency;

/// <summary>A sentence or two for emergency staff (a note, what naloxone reverses), with the keys of its sources.</summary>
public sealed record SourcedText(string Text, IReadOnlyList<string> SourceKeys);
