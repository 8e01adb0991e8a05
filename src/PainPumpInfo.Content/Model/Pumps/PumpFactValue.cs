namespace PainPumpInfo.Content.Model.Pumps;

/// <summary>
/// What is known about one fact of one model: plain-language text with the keys of its sources, or nothing —
/// a fact nobody could confirm, which pages show as "not known", never as an empty cell that looks like an answer.
/// </summary>
public sealed record PumpFactValue(string? Text, IReadOnlyList<string> SourceKeys)
{
    /// <summary>What pages show for a fact nobody could confirm.</summary>
    public const string UnknownText = "Not known — ask your care team";

    public static PumpFactValue Unknown { get; } = new(null, []);

    public bool IsKnown => Text is not null;
}
