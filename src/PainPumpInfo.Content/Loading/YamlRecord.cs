namespace PainPumpInfo.Content.Loading;

/// <summary>One entry of a YAML list of flat records (<c>- name: value</c> lines), with where it starts in the file.</summary>
public sealed record YamlRecord(int Line, int Column, IReadOnlyDictionary<string, YamlField> Fields)
{
    /// <summary>The field's text, trimmed; empty when the record does not have it.</summary>
    public string Text(string name) => Fields.TryGetValue(name, out var field) ? field.Value.Trim() : "";
}
