using System.Text.Json.Nodes;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Pumps;
using PainPumpInfo.Content.Pumps;
using PainPumpInfo.Web.Pages;

namespace PainPumpInfo.Web.Crawlers;

/// <summary>
/// A pump page described for machines: the MedicalWebPage every article carries, about a schema.org MedicalDevice
/// (the model, or on /pumps every model), and the breadcrumb trail. Only what pumps.yml says is filled in.
/// </summary>
public static class PumpStructuredData
{
    public static IReadOnlyList<JsonObject> For(Article page, PumpModel? model, PumpCatalog catalog, IReadOnlyList<Crumb> crumbs, SiteSettings site, string origin)
    {
        // pumps.yml is not reviewed with the review command, so its pages claim no clinical review.
        var webPage = ArticleStructuredData.MedicalWebPage(page, PageReview.For(page, null, null, default), site, origin);
        webPage["about"] = model is null
            ? new JsonArray(catalog.Models.Select(m => (JsonNode?)Device(m, origin)).ToArray())
            : Device(model, origin);
        return [webPage, ArticleStructuredData.Breadcrumbs(page, crumbs, origin)];
    }

    public static JsonObject Device(PumpModel model, string origin)
    {
        var device = JsonLd.Thing("MedicalDevice", model.FullName);
        device["url"] = origin + model.Url;
        device["description"] = PumpPages.DescriptionOf(model);
        if (model.ModelNumbers.Count > 0)
            device["identifier"] = new JsonArray(model.ModelNumbers.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray());
        return device;
    }
}
