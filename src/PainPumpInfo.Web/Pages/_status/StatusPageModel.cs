using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using PainPumpInfo.Content;
using PainPumpInfo.Web.Hosting;

namespace PainPumpInfo.Web.Pages._status;

/// <summary>
/// A staff page under /_status/: on in Development, off in Production unless Site:ShowContentStatus is set, and
/// never indexed (robots.txt also disallows the folder).
/// </summary>
public abstract class StatusPageModel(IOptions<SiteOptions> options, IWebHostEnvironment environment) : PageModel
{
    public ContentSnapshot Snapshot => HttpContext.Snapshot();

    public IActionResult OnGet()
    {
        var enabled = options.Value.ShowContentStatus ?? environment.IsDevelopment();
        if (!enabled) return NotFound();
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return Page();
    }
}
