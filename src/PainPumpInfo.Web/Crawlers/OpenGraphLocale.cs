namespace PainPumpInfo.Web.Crawlers;

/// <summary>Open Graph wants a locale such as <c>en_US</c>; site.yml gives a language tag such as <c>en</c> or <c>en-GB</c>.</summary>
public static class OpenGraphLocale
{
    public static string From(string language)
    {
        var parts = language.Trim().Split('-', '_', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return "en_US";
        var lang = parts[0].ToLowerInvariant();
        if (parts.Length > 1) return $"{lang}_{parts[1].ToUpperInvariant()}";
        // A bare "en" means this US site (its urgent help says to call 911); other bare languages take
        // their home country, the usual reading of a bare tag (fr -> fr_FR).
        return lang == "en" ? "en_US" : $"{lang}_{lang.ToUpperInvariant()}";
    }
}
