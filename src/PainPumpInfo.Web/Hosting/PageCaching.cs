using Microsoft.AspNetCore.OutputCaching;

namespace PainPumpInfo.Web.Hosting;

/// <summary>
/// Pages are rendered once per content snapshot and then served from ASP.NET Core's output cache (already
/// compressed, see <see cref="PageCompression"/>); a new snapshot evicts them all. In front of the cache,
/// <see cref="PageValidators"/> answers revalidations.
/// </summary>
public static class PageCaching
{
    public const string ContentTag = "content";

    public static IServiceCollection AddPageCaching(this IServiceCollection services)
    {
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure(options =>
        {
            // Paths differ by case here: /Refills is a redirect, /refills the page.
            options.UseCaseSensitivePaths = true;
            options.AddBasePolicy(policy => policy
                // Searches are not stored: the cache answers before the rate limiter runs, and every search must
                // count against the client's budget.
                .With(context => IsPage(context.HttpContext.Request.Path) && context.HttpContext.Request.Path != SearchForm.Path)
                .SetVaryByHeader("Accept-Encoding")
                // Keyed on the request's snapshot version as well as tagged: a request that began before a swap can
                // never store its old page under a key that requests after the swap use. Eviction then frees memory.
                .VaryByValue(context => new KeyValuePair<string, string>("content", context.Snapshot().Version))
                .Tag(ContentTag));
        });
        return services.AddPageCompression();
    }

    /// <summary>Validators, then the output cache, then compression: a cached page is stored compressed.</summary>
    public static WebApplication UsePageCaching(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<ContentStore>();
        var cache = app.Services.GetRequiredService<IOutputCacheStore>();
        store.Swapped += swapped => { _ = cache.EvictByTagAsync(ContentTag, CancellationToken.None).AsTask(); };

        app.UsePageValidators();
        app.UseOutputCache();
        app.UseResponseCompression();
        return app;
    }

    /// <summary>Pages and the crawler files: everything but fingerprinted assets, which have their own caching.</summary>
    public static bool IsPage(PathString path) =>
        !Path.HasExtension(path.Value) || path == "/sitemap.xml" || path == "/robots.txt";
}
