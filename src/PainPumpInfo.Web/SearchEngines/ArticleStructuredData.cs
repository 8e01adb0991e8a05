using System.Text.Json.Nodes;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Web.Pages;

namespace PainPumpInfo.Web.SearchEngines;

/// <summary>
/// An article described for machines: a MedicalWebPage carrying who reviewed it, when and from which sources
/// (what health pages are judged on), its breadcrumb trail, and its questions as an FAQPage when it has any.
/// Everything comes from the front matter and site.yml; nothing unknown is filled in.
/// </summary>
public static class ArticleStructuredData
{
    public const string Therapy = "Intrathecal drug delivery";

    public static IReadOnlyList<JsonObject> For(Article article, IReadOnlyList<Crumb> crumbs, SiteSettings site, string origin)
    {
        var items = new List<JsonObject> { MedicalWebPage(article, site, origin), Breadcrumbs(article, crumbs, origin) };
        if (article.Body.Questions.Count > 0) items.Add(FaqPage(article.Body.Questions));
        return items;
    }

    public static JsonObject MedicalWebPage(Article article, SiteSettings site, string origin)
    {
        var front = article.FrontMatter;
        var page = JsonLd.Item("MedicalWebPage");
        page["name"] = front.Title;
        page["description"] = front.Description;
        page["url"] = origin + article.Url;
        page["inLanguage"] = site.Language;
        page["lastReviewed"] = DisplayDate.Iso(front.LastReviewed);
        // The front matter has no publication date, so datePublished is left out; the last review is the
        // last time the text was changed on purpose.
        page["dateModified"] = DisplayDate.Iso(front.LastReviewed);
        if (front.ReviewedBy is { } reviewer) page["reviewedBy"] = JsonLd.Thing("Person", reviewer);
        page["medicalAudience"] = new JsonObject { ["@type"] = "MedicalAudience", ["audienceType"] = "Patient" };
        page["about"] = JsonLd.Thing("MedicalTherapy", Therapy);
        page["citation"] = new JsonArray(front.Sources.Select(Citation).ToArray<JsonNode?>());
        page["publisher"] = HomeStructuredData.Clinic(site, origin);
        return page;
    }

    /// <summary>The same trail the page shows; the last step, the page itself, gets its own address.</summary>
    public static JsonObject Breadcrumbs(Article article, IReadOnlyList<Crumb> crumbs, string origin)
    {
        var list = JsonLd.Item("BreadcrumbList");
        list["itemListElement"] = new JsonArray(crumbs.Select((crumb, index) => (JsonNode?)new JsonObject
        {
            ["@type"] = "ListItem",
            ["position"] = index + 1,
            ["name"] = crumb.Title,
            ["item"] = origin + (crumb.Url ?? article.Url),
        }).ToArray());
        return list;
    }

    /// <summary>The FAQ convention: each `###` heading ending in '?' and the text under it.</summary>
    public static JsonObject FaqPage(IReadOnlyList<Question> questions)
    {
        var faq = JsonLd.Item("FAQPage");
        faq["mainEntity"] = new JsonArray(questions.Select(q => (JsonNode?)new JsonObject
        {
            ["@type"] = "Question",
            ["name"] = q.Text,
            ["acceptedAnswer"] = new JsonObject { ["@type"] = "Answer", ["text"] = q.Answer },
        }).ToArray());
        return faq;
    }

    private static JsonNode? Citation(Source source)
    {
        var work = JsonLd.Thing("CreativeWork", source.Title);
        work["url"] = source.Url;
        return work;
    }
}
