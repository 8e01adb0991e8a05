namespace PainPumpInfo.Content.Model.Emergency;

/// <summary>What naloxone, the opioid reversal medicine, does and does not reverse.</summary>
public sealed record Naloxone(IReadOnlyList<SourcedText> Reverses, IReadOnlyList<SourcedText> DoesNotReverse)
{
    public static Naloxone None { get; } = new([], []);
}
