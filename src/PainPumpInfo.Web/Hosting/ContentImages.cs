using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;

namespace PainPumpInfo.Web.Hosting;

/// <summary>
/// Serves pictures that articles show straight from the content folder. Only image types are on the
/// allow-list, so Markdown sources, site.yml and anything else in content/ are never served as files.
/// </summary>
public static class ContentImages
{
    private static readonly Dictionary<string, string> ImageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
    };

    public static IApplicationBuilder UseContentImages(this IApplicationBuilder app, string contentPath)
    {
        if (!Directory.Exists(contentPath)) return app;
        return app.UseStaticFiles(new StaticFileOptions
        {
            // ExclusionFilters.Sensitive: no hidden or system files, and no links followed out of the folder.
            FileProvider = new PhysicalFileProvider(contentPath, ExclusionFilters.Sensitive),
            ContentTypeProvider = new FileExtensionContentTypeProvider(ImageTypes),
            ServeUnknownFileTypes = false,
        });
    }
}
