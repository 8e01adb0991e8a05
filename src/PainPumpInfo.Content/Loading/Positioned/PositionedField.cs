namespace PainPumpInfo.Content.Loading.Positioned;

/// <summary>One <c>name: value</c> of a mapping; the position is the name's.</summary>
public sealed record PositionedField(string Name, int Line, int Column, PositionedNode Value);
