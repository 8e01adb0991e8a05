namespace PainPumpInfo.Content.Loading.Positioned;

/// <summary>A YAML mapping of <c>name: value</c> fields, in the order written; names are unique (the reader checks).</summary>
public sealed record PositionedMap(IReadOnlyList<PositionedField> Fields, int Line, int Column) : PositionedNode(Line, Column)
{
    public override string Kind => "a group of 'name: value' fields";

    public PositionedField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);

    public PositionedNode? this[string name] => Field(name)?.Value;
}
