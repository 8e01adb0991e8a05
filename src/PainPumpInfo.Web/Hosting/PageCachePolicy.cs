using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace PainPumpInfo.Web.Hosting;

/// <summary>
/// What the output cache keeps, and under which key: pages (searches aside) asked for with GET or HEAD and no
/// credentials, stored only as a 200 that sets no cookie; one entry per address, query string, Accept-Encoding and
/// content snapshot. It takes the place of ASP.NET Core's default policy, which also asks whether the reader is
/// signed in: that question made an empty ClaimsPrincipal for every cached page (9% of the bytes each one
/// allocated), and no page here has a sign-in, which would run after the cache anyway.
/// </summary>
public sealed class PageCachePolicy : IOutputCachePolicy
{
    public static readonly PageCachePolicy Instance = new();

    private PageCachePolicy() { }

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var request = context.HttpContext.Request;
        // Searches are not stored: the cache answers before the rate limiter runs, and every search must count
        // against the client's budget.
        if (!PageCaching.IsPageRead(request) || request.Path == SearchForm.Path
            || !StringValues.IsNullOrEmpty(request.Headers.Authorization))
            return ValueTask.CompletedTask;

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        // The first readers of a page after a change wait for one render instead of each rendering it.
        context.AllowLocking = true;
        var rules = context.CacheVaryByRules;
        rules.HeaderNames = HeaderNames.AcceptEncoding;
        // Keyed on the request's snapshot version: a request that began before a swap can never store its old page
        // under a key that requests after the swap use.
        rules.CacheKeyPrefix = context.HttpContext.Snapshot().Version;
        // Every query string its own entry; looked at only when there is one, since reading an empty query allocates.
        if (request.QueryString.HasValue)
            rules.QueryKeys = "*";
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
            context.AllowCacheStorage = false;
        else
            // Tagged when stored, so a new snapshot can evict the old pages and free their memory.
            context.Tags.Add(PageCaching.ContentTag);
        return ValueTask.CompletedTask;
    }
}
