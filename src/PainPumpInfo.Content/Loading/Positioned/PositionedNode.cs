namespace PainPumpInfo.Content.Loading.Positioned;

/// <summary>
/// A YAML value with the file line and column it starts at: a <see cref="PositionedScalar"/>,
/// <see cref="PositionedList"/> or <see cref="PositionedMap"/>. Files that staff edit as data (pumps.yml) are read
/// into these, so every message can point at the exact field at fault, however deep it sits.
/// </summary>
public abstract record PositionedNode(int Line, int Column)
{
    /// <summary>What the value is, in editors' words, for "should be a list, not text" messages.</summary>
    public abstract string Kind { get; }
}
