using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Loading;

/// <summary>Reads content/site.yml; anything missing falls back to safe defaults so the disclaimer always shows.</summary>
public static class SiteSettingsParser
{
    public const string FileName = "site.yml";

    public static SiteSettings Parse(string text, List<Diagnostic> diagnostics)
    {
        var yaml = new YamlText(FileName, text, FirstLine: 1);
        var keys = YamlKeyScanner.Scan(yaml, diagnostics);
        if (keys is null) return SiteSettings.Fallback;
        var raw = YamlReader.Read<SiteSettingsYaml>(yaml, keys, _ => null, diagnostics);
        if (raw is null) return SiteSettings.Fallback;

        var fallback = SiteSettings.Fallback;
        string Text(string? value, string key, string defaultValue)
        {
            if (!string.IsNullOrWhiteSpace(value)) return value.Trim();
            if (key.StartsWith("disclaimer"))
                diagnostics.Add(new Diagnostic(FileName, 1, 1, Severity.Warning, $"'{key}' is missing; the standard disclaimer is shown",
                    $"add {key}: with your clinic's wording"));
            return defaultValue;
        }

        var sections = new List<SectionInfo>();
        foreach (var section in raw.Sections ?? [])
        {
            if (string.IsNullOrWhiteSpace(section?.Key) || string.IsNullOrWhiteSpace(section.Title))
                diagnostics.Add(new Diagnostic(FileName, 1, 1, Severity.Error, "every section needs a key and a title",
                    "write each section as '  - key: living-with-a-pump' and '    title: Living with a pump'"));
            else
                sections.Add(new SectionInfo(section.Key.Trim(), section.Title.Trim()));
        }

        return new SiteSettings(
            SiteName: Text(raw.SiteName, "site_name", fallback.SiteName),
            Tagline: Text(raw.Tagline, "tagline", fallback.Tagline),
            Language: Text(raw.Language, "language", fallback.Language),
            ClinicName: Text(raw.ClinicName, "clinic_name", fallback.ClinicName),
            ClinicPhone: raw.ClinicPhone?.Trim() ?? "",
            DisclaimerShort: Text(raw.DisclaimerShort, "disclaimer_short", fallback.DisclaimerShort),
            DisclaimerFull: Text(raw.DisclaimerFull, "disclaimer_full", fallback.DisclaimerFull),
            UrgentHelp: Text(raw.UrgentHelp, "urgent_help", fallback.UrgentHelp),
            HomeIntro: Text(raw.HomeIntro, "home_intro", fallback.HomeIntro),
            Sections: sections);
    }
}
