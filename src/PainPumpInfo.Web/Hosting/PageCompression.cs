using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace PainPumpInfo.Web.Hosting;

/// <summary>Brotli or gzip for every text response, HTTPS included (no page holds a secret to leak).</summary>
public static class PageCompression
{
    private static readonly string[] CompressedTypes =
        ["text/html", "text/css", "text/plain", "application/xml", "application/json", "image/svg+xml"];

    public static IServiceCollection AddPageCompression(this IServiceCollection services)
    {
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
}
