namespace PainPumpInfo.Content.Loading;

/// <summary>One entry of content/glossary.yml as YAML gives it.</summary>
public sealed class GlossaryTermYaml
{
    public string? Term { get; set; }
    public string? Definition { get; set; }
    public List<string?>? OtherSpellings { get; set; }
}
