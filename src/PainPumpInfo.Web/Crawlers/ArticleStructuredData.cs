using System.Text.Json.Nodes;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Web.Pages;

namespace PainPumpInfo.Web.Crawlers;

/// <summary>
/// An article described for machines: a MedicalWebPage carrying who reviewed it, when and from which sources
/// (what health pages are judged on), its breadcrumb trail, and its questions as an FAQPage when it has any.
/// Everything comes from the front matter, site.yml and reviews.yml; nothing unknown is filled in, and a review is
/// claimed only while the page shows exactly the text that was reviewed.
/// </summary>
public static class ArticleStructuredData
{
    public const string Therapy = "Intrathecal drug delivery";

    public static IReadOnlyList<JsonObject> For(Article article, PageReview review, IReadOnlyList<Crumb> crumbs, SiteSettings site, string origin)
    {
        var items = new List<JsonObject> { MedicalWebPage(article, review, site, origin), Breadcrumbs(article, crumbs, origin) };
        if (article.Body.Questions.Count > 0) items.Add(FaqPage(article.Body.Questions));
        return items;
    }

    public static JsonObject MedicalWebPage(Article article, PageReview review, SiteSettings site, string origin)
    {
        var front = article.FrontMatter;
        var page = JsonLd.Item("MedicalWebPage");
        page["name"] = front.Title;
        page["description"] = front.Description;
        page["url"] = origin + article.Url;
        page["inLanguage"] = site.Language;
        // The front matter has no publication date, so datePublished is left out; last_reviewed is the last time
        // an editor checked the text against its sources.
        page["dateModified"] = DisplayDate.Iso(front.LastReviewed);
        if (review.ShowsReview)
        {
            page["lastReviewed"] = DisplayDate.Iso(review.Review!.Date);
            page["reviewedBy"] = Reviewer(review.Reviewer!);
        }
        page["medicalAudience"] = new JsonObject { ["@type"] = "MedicalAudience", ["audienceType"] = "Patient" };
        page["about"] = JsonLd.Thing("MedicalTherapy", Therapy);
        // The page's own source list: the front matter's sources, then those its embedded pump facts cite.
        page["citation"] = new JsonArray(article.Body.Sources.Select(listed => Citation(listed.Source)).ToArray<JsonNode?>());
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

    /// <summary>The clinician: schema.org's honorificSuffix is where credentials such as "MD" go; the role is their job title.</summary>
    private static JsonObject Reviewer(Reviewer reviewer)
    {
        var person = JsonLd.Thing("Person", reviewer.Name);
        person["honorificSuffix"] = reviewer.Credentials;
        if (reviewer.Role.Length > 0) person["jobTitle"] = reviewer.Role;
        return person;
    }

    private static JsonNode? Citation(Source source)
    {
        var work = JsonLd.Thing("CreativeWork", source.Title);
        work["url"] = source.Url;
        return work;
    }
}
