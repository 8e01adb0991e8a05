using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PainPumpInfo.Web.Pages;

/// <summary>
/// The page for a request that got no page: 404, also when asked for directly; or, when the search rate limit
/// refused a request, a 429 that explains it (its Retry-After header is kept).
/// </summary>
public sealed class NotFoundModel : PageModel
{
    public bool IsTooManyRequests { get; private set; }

    public void OnGet()
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalStatusCode;
        IsTooManyRequests = original == StatusCodes.Status429TooManyRequests;
        Response.StatusCode = IsTooManyRequests ? StatusCodes.Status429TooManyRequests : StatusCodes.Status404NotFound;
    }
}
