using System.Text.Json.Nodes;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Web.Crawlers;

/// <summary>The home page tells search engines what the site is and who stands behind it.</summary>
public static class HomeStructuredData
{
    public static IReadOnlyList<JsonObject> For(SiteSettings site, string origin)
    {
        var website = JsonLd.Item("WebSite");
        website["name"] = site.SiteName;
        website["url"] = origin + "/";
        website["description"] = site.Tagline;
        website["inLanguage"] = site.Language;
        website["publisher"] = Clinic(site, origin);
        return [website, DescribeClinic(JsonLd.Item("MedicalOrganization"), site, origin)];
    }

    /// <summary>The clinic as a nested item, e.g. a page's publisher.</summary>
    public static JsonObject Clinic(SiteSettings site, string origin) =>
        DescribeClinic(new JsonObject { ["@type"] = "MedicalOrganization" }, site, origin);

    /// <summary>The clinic from site.yml; its phone only when site.yml gives one, never a placeholder.</summary>
    private static JsonObject DescribeClinic(JsonObject clinic, SiteSettings site, string origin)
    {
        clinic["name"] = site.ClinicName;
        clinic["url"] = origin + "/";
        if (!string.IsNullOrWhiteSpace(site.ClinicPhone)) clinic["telephone"] = site.ClinicPhone.Trim();
        return clinic;
    }
}
