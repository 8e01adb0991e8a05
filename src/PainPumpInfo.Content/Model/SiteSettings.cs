namespace PainPumpInfo.Content.Model;

/// <summary>What a clinic changes without code, from <c>content/site.yml</c>.</summary>
public sealed record SiteSettings(
    string SiteName,
    string Tagline,
    string Language,
    string ClinicName,
    string ClinicPhone,
    string DisclaimerShort,
    string DisclaimerFull,
    string UrgentHelp,
    string HomeIntro,
    IReadOnlyList<SectionInfo> Sections)
{
    /// <summary>Used when site.yml is missing or broken, so the site and its disclaimer still render.</summary>
    public static SiteSettings Fallback { get; } = new(
        SiteName: "PainPumpInfo",
        Tagline: "Plain-language information about intrathecal pain pumps",
        Language: "en",
        ClinicName: "PainPumpInfo",
        ClinicPhone: "",
        DisclaimerShort: "This site gives general information only. It is not medical advice. Always ask your own care team about your care.",
        DisclaimerFull: "The information on this site is for general education only. It is not medical advice and does not replace the advice of your doctor, nurse or pharmacist. Do not change or stop any treatment because of something you read here. If you think you have an emergency, call 911.",
        UrgentHelp: "If you think you have an emergency, call 911 or go to the nearest emergency department.",
        HomeIntro: "",
        Sections: []);

    public string SectionTitle(string key) =>
        Sections.FirstOrDefault(s => s.Key == key)?.Title ?? key;
}
