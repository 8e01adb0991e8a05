namespace PainPumpInfo.Content.Loading;

/// <summary>content/site.yml as YAML gives it.</summary>
public sealed class SiteSettingsYaml
{
    public string? SiteName { get; set; }
    public string? Tagline { get; set; }
    public string? Language { get; set; }
    public string? ClinicName { get; set; }
    public string? ClinicPhone { get; set; }
    public string? DisclaimerShort { get; set; }
    public string? DisclaimerFull { get; set; }
    public string? UrgentHelp { get; set; }
    public string? HomeIntro { get; set; }
    public List<SectionYaml?>? Sections { get; set; }
}
