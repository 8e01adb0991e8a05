using Microsoft.AspNetCore.OutputCaching;

namespace PainPumpInfo.Web.Hosting;

/// <summary>
/// Pages are rendered once per content snapshot and then served from ASP.NET Core's output cache (already
/// compressed, see <see cref="PageCompression"/>; what is kept and under which key, <see cref="PageCachePolicy"/>);
/// a new snapshot evicts them all. In front of the cache, <see cref="PageValidators"/> answers revalidations.
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
            options.AddBasePolicy(PageCachePolicy.Instance);
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

    /// <summary>A page asked for to be read (GET or HEAD): what can be cached and revalidated.</summary>
    public static bool IsPageRead(HttpRequest request) =>
        IsPage(request.Path) && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
}
