namespace PainPumpInfo.Content.Loading;

/// <summary>One entry of <c>sources:</c> as YAML gives it.</summary>
public sealed class SourceYaml
{
    public string? Key { get; set; }
    public string? Title { get; set; }
    public string? Url { get; set; }
}
