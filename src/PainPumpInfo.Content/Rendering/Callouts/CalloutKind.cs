namespace PainPumpInfo.Content.Rendering.Callouts;

/// <summary>The four callouts, after the NHS "when to get care" cards, each with the label shown above it.</summary>
public sealed record CalloutKind(string Name, string Label)
{
    public static readonly CalloutKind Urgent = new("urgent", "Urgent: get help now");
    public static readonly CalloutKind Warning = new("warning", "Important: call your care team");
    public static readonly CalloutKind Tip = new("tip", "Tip");
    public static readonly CalloutKind Note = new("note", "Note");

    public static IReadOnlyList<CalloutKind> All { get; } = [Urgent, Warning, Tip, Note];

    /// <summary>Null for a name editors might mistype; the renderer then falls back to a note.</summary>
    public static CalloutKind? Find(string? name) =>
        All.FirstOrDefault(k => string.Equals(k.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
