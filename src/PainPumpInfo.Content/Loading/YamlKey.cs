namespace PainPumpInfo.Content.Loading;

/// <summary>A top-level key of a YAML mapping, with where it stands in the file.</summary>
public sealed record YamlKey(string Name, int Line, int Column, int ValueLine, int ValueColumn);
