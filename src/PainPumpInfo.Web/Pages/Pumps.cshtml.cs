using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PainPumpInfo.Content;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Pumps;
using PainPumpInfo.Web.Hosting;
using PainPumpInfo.Web.Crawlers;

namespace PainPumpInfo.Web.Pages;

/// <summary>
/// /pumps, "Which pump do I have?" with every model compared, and /pumps/{key}, one model's facts. Both are
/// rendered from content/pumps.yml when content loads; an unknown model, or a site without the file, is a 404.
/// </summary>
public sealed class PumpsModel(SiteOrigin origin) : PageModel
{
    private ContentSnapshot snapshot => HttpContext.Snapshot();

    public Article? Shown { get; private set; }

    /// <summary>The model on a model's page; null on the comparison.</summary>
    public PumpModel? Pump { get; private set; }

    public IReadOnlyList<Crumb> Breadcrumbs { get; private set; } = [];

    /// <summary>On a model's page, the articles its facts point to, in the facts' order (those the site serves).</summary>
    public IReadOnlyList<Article> Related { get; private set; } = [];

    public IReadOnlyList<JsonObject> StructuredData { get; private set; } = [];

    public IActionResult OnGet(string? key)
    {
        var pages = snapshot.PumpPages;
        if (pages.Comparison is not { } comparison) return NotFound();
        var crumbs = new List<Crumb> { new("Home", "/") };
        if (key is null)
        {
            Shown = comparison;
            crumbs.Add(new Crumb(comparison.Title, null));
        }
        else
        {
            if (snapshot.Pumps.Model(key) is not { } pump || pages.Models.GetValueOrDefault(key) is not { } page) return NotFound();
            Shown = page;
            Pump = pump;
            crumbs.Add(new Crumb(comparison.Title, comparison.Url));
            crumbs.Add(new Crumb(pump.Name, null));
            Related = snapshot.Pumps.Facts
                .Select(f => f.Article).OfType<string>().Distinct()
                .Select(snapshot.Find).OfType<Article>()
                .ToArray();
        }
        Breadcrumbs = crumbs;
        StructuredData = PumpStructuredData.For(Shown, Pump, snapshot.Pumps, crumbs, snapshot.Site, origin.For(Request));
        return Page();
    }
}
