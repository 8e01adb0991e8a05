using System.IO.Compression;
using PainPumpInfo.Content;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace PainPumpInfo.Web.Hosting;

/// <summary>
/// Pages are rendered once per content snapshot and then served from ASP.NET Core's output cache, already
/// compressed; a new snapshot evicts them all. Validators (ETag, Last-Modified) and Cache-Control let a
/// browser or a CDN in front revalidate cheaply.
/// </summary>
public static class PageCaching
{
    public const string ContentTag = "content";

    /// <summary>Short, so an edit reaches readers through a CDN within a minute; stale copies may be served while refreshing.</summary>
    public const string PageCacheControl = "public, max-age=60, stale-while-revalidate=600";

    /// <summary>
    /// Searches are not stored: the cache answers before the rate limiter runs, and every search must count
    /// against the client's budget. (A search costs well under a millisecond.)
    /// </summary>
    private const string SearchPath = "/search";

    private static readonly string[] CompressedTypes =
        ["text/html", "text/css", "text/plain", "application/xml", "application/json", "image/svg+xml"];

    public static IServiceCollection AddPageCaching(this IServiceCollection services)
    {
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure(options =>
        {
            // Paths differ by case here: /Refills is a redirect, /refills the page.
            options.UseCaseSensitivePaths = true;
            options.AddBasePolicy(policy => policy
                .With(context => IsPage(context.HttpContext.Request.Path) && context.HttpContext.Request.Path != SearchPath)
                .SetVaryByHeader("Accept-Encoding")
                // Keyed on the snapshot version as well as tagged: a request that began before a swap can never
                // store its old page under a key that requests after the swap use. Eviction then frees memory.
                .VaryByValue(context => new KeyValuePair<string, string>("content", context.Snapshot().Version))
                .Tag(ContentTag));
        });
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = CompressedTypes;
        });
        // Fastest: a cached page is compressed once per snapshot and encoding, but the first reader waits for it.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static WebApplication UsePageCaching(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<ContentStore>();
        var cache = app.Services.GetRequiredService<IOutputCacheStore>();
        store.Swapped += swapped => { _ = cache.EvictByTagAsync(ContentTag, CancellationToken.None).AsTask(); };

        // Outside the output cache, so cache hits get the validators too, and a revalidation is answered
        // before the cache is even consulted.
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (!IsPage(request.Path) || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
                return next(context);
            var snapshot = context.Snapshot();
            var etag = $"\"{snapshot.Version}-{ContentHash.Of(request.Path + request.QueryString)}\"";
            if (IsConditional(request) && IsUnchanged(request, etag, snapshot.BuiltAt))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                SetValidators(context.Response.Headers, etag, snapshot.BuiltAt);
                return Task.CompletedTask;
            }
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status200OK)
                    SetValidators(context.Response.Headers, etag, snapshot.BuiltAt);
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseOutputCache();
        app.UseResponseCompression();
        return app;
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

    private static void SetValidators(IHeaderDictionary headers, string etag, DateTimeOffset builtAt)
    {
        headers.ETag = etag;
        headers.LastModified = builtAt.ToString("R");
        headers.CacheControl = PageCacheControl;
    }

    /// <summary>Pages and the crawler files: everything but fingerprinted assets, which have their own caching.</summary>
    private static bool IsPage(PathString path) =>
        !Path.HasExtension(path.Value) || path == "/sitemap.xml" || path == "/robots.txt";
}
