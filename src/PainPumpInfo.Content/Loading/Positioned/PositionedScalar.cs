namespace PainPumpInfo.Content.Loading.Positioned;

/// <summary>A single value: text, a number, a date or true/false, as written.</summary>
/// <param name="IsQuoted">Written in quotes, so <c>"yes"</c> is text even where yes/no is expected.</param>
public sealed record PositionedScalar(string Value, bool IsQuoted, int Line, int Column) : PositionedNode(Line, Column)
{
    public override string Kind => "a single value";

    /// <summary>An empty plain value (<c>key:</c> with nothing after it), which YAML reads as null.</summary>
    public bool IsNull => !IsQuoted && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");
}
