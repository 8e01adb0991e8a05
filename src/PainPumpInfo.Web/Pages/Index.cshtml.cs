using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PainPumpInfo.Content;
using PainPumpInfo.Web.Hosting;
using PainPumpInfo.Web.Crawlers;

namespace PainPumpInfo.Web.Pages;

/// <summary>Home: what the site is, and every section with its articles in reading order.</summary>
public sealed class IndexModel(SiteOrigin origin) : PageModel
{
    public ContentSnapshot Snapshot => HttpContext.Snapshot();

    /// <summary>The JSON-LD items for search engines: the WebSite and the clinic behind it.</summary>
    public IReadOnlyList<JsonObject> StructuredData { get; private set; } = [];

    public void OnGet() => StructuredData = HomeStructuredData.For(Snapshot.Site, origin.For(Request));
}
