namespace PainPumpInfo.Content.Loading.Positioned;

/// <summary>A YAML sequence: <c>- item</c> lines or <c>[a, b]</c>.</summary>
public sealed record PositionedList(IReadOnlyList<PositionedNode> Items, int Line, int Column) : PositionedNode(Line, Column)
{
    public override string Kind => "a list";
}
