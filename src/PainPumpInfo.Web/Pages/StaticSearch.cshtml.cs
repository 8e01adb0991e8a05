using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PainPumpInfo.Content;
using PainPumpInfo.Web.Hosting;

namespace PainPumpInfo.Web.Pages;

/// <summary>
/// What a static copy shows at /search, since it cannot search: why, and every article by section, rather
/// than the 404 page. Rendered only while <c>export</c> saves the site (Site:StaticCopy); the live site has real search.
/// </summary>
public sealed class StaticSearchModel(IOptions<SiteOptions> options) : PageModel
{
    /// <summary>Where <c>export</c> fetches this page from; it saves it as search/index.html.</summary>
    public const string Route = "/_export/search";

    public ContentSnapshot Snapshot => HttpContext.Snapshot();

    public IActionResult OnGet() => options.Value.StaticCopy ? Page() : NotFound();
}
