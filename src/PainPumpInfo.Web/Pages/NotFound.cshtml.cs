using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PainPumpInfo.Web.Pages;

/// <summary>The 404 page; always answers 404, also when asked for directly.</summary>
public sealed class NotFoundModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status404NotFound;
}
