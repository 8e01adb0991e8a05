using Microsoft.AspNetCore.OutputCaching;

namespace PainPumpInfo.Web.Tools;

/// <summary>
/// Answers that carry what a patient typed (the filled card, a refill date): never kept by the site's output
/// cache, a browser, a proxy or a CDN, and out of reach of another site's window that opened the page.
/// </summary>
public static class PrivateAnswer
{
    public const string CacheControl = "no-store";

    public static void NeverStore(HttpContext context)
    {
        // The cache's own policy already skips POST and addresses with a file extension; this holds even if it changes.
        if (context.Features.Get<IOutputCacheFeature>() is { } cache) cache.Context.EnableOutputCaching = false;
        context.Response.Headers.CacheControl = CacheControl;
        context.Response.Headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }
}
