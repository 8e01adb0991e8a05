namespace PainPumpInfo.Content.Loading;

/// <summary>One entry of site.yml's <c>sections:</c>.</summary>
public sealed class SectionYaml
{
    public string? Key { get; set; }
    public string? Title { get; set; }
}
