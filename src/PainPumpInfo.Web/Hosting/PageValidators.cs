using PainPumpInfo.Content;

namespace PainPumpInfo.Web.Hosting;

/// <summary>
/// ETag, Last-Modified and Cache-Control on every page, and 304 for a revalidation of an unchanged one, so a
/// browser or a CDN in front revalidates cheaply.
/// </summary>
public static class PageValidators
{
    /// <summary>Short, so an edit reaches readers through a CDN within a minute; stale copies may be served while refreshing.</summary>
    public const string PageCacheControl = "public, max-age=60, stale-while-revalidate=600";

    /// <summary>Outside the output cache, so cache hits get the validators too, and a revalidation is answered before the cache is consulted.</summary>
    public static WebApplication UsePageValidators(this WebApplication app)
    {
        // Not async, no closure: this runs for every page answered, cached or not.
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (!PageCaching.IsPageRead(request))
                return next(context);
            if (IsConditional(request) && ETag(context) is var etag && IsUnchanged(request, etag, context.Snapshot().BuiltAt))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                SetValidators(context, etag);
                return Task.CompletedTask;
            }
            context.Response.OnStarting(SetValidatorsOnSuccess, context);
            return next(context);
        });
        return app;
    }

    /// <summary>The page's address under the request's snapshot version: a new snapshot changes every page's tag.</summary>
    private static string ETag(HttpContext context) =>
        $"\"{context.Snapshot().Version}-{ContentHash.OfAddress(context.Request.Path.Value, context.Request.QueryString.Value):X16}\"";

    private static Task SetValidatorsOnSuccess(object state)
    {
        var context = (HttpContext)state;
        if (context.Response.StatusCode == StatusCodes.Status200OK)
            SetValidators(context, ETag(context));
        return Task.CompletedTask;
    }

    /// <summary>Most requests carry no validator: they skip parsing the headers.</summary>
    private static bool IsConditional(HttpRequest request) =>
        request.Headers.IfNoneMatch.Count > 0 || request.Headers.IfModifiedSince.Count > 0;

    /// <summary>Only a 200 ever carries these validators, so a match means the same page of the same snapshot.</summary>
    private static bool IsUnchanged(HttpRequest request, string etag, DateTimeOffset builtAt)
    {
        var headers = request.GetTypedHeaders();
        if (headers.IfNoneMatch.Count > 0)
            return headers.IfNoneMatch.Any(tag => tag.Tag == etag || tag.Tag == "*");
        return headers.IfModifiedSince is { } since && since >= builtAt;
    }

    private static void SetValidators(HttpContext context, string etag)
    {
        var headers = context.Response.Headers;
        headers.ETag = etag;
        headers.LastModified = context.Pinned().LastModified;
        headers.CacheControl = PageCacheControl;
    }
}
