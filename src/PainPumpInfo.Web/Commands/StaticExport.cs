using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace PainPumpInfo.Web.Commands;

/// <summary>
/// Saves a running site as static files: every page the sitemap lists as <c>route/index.html</c>, the 404
/// page, the sitemap, robots.txt and every asset the pages load, each text file with .br and .gz twins; the
/// old addresses as redirect files for Netlify/Cloudflare Pages and nginx; and, unless searches go to a live
/// server, a search page that explains why this copy cannot search.
/// </summary>
public sealed class StaticExport(HttpClient site, string outputFolder, TextWriter log, IReadOnlyList<AliasRedirect> redirects, bool withSearchPage)
{
    /// <summary>A path no article can have, to capture the 404 page as the site renders it.</summary>
    public const string NotFoundProbe = "/_export-not-found";

    private static readonly string[] CompressedExtensions = [".html", ".css", ".xml", ".txt", ".svg", ".json"];
    private readonly HashSet<string> written = new(StringComparer.Ordinal);

    public async Task<int> Run()
    {
        Directory.CreateDirectory(outputFolder);
        var sitemap = await site.GetStringAsync("/sitemap.xml");
        var pages = XDocument.Parse(sitemap).Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9"))
            .Select(loc => new Uri(loc.Value).AbsolutePath)
            .ToArray();

        foreach (var page in pages)
            await SavePage(page, page == "/" ? "index.html" : page.TrimStart('/') + "/index.html", HttpStatusCode.OK);
        await SavePage(NotFoundProbe, "404.html", HttpStatusCode.NotFound);
        await Save("/sitemap.xml", "sitemap.xml");
        await Save("/robots.txt", "robots.txt");
        // The header's search box sends /search?q=…; nginx and static hosts answer /search with search/index.html.
        if (withSearchPage) await SavePage(Pages.StaticSearchModel.Route, "search/index.html", HttpStatusCode.OK);
        Write(NetlifyRedirectsFile.FileName, System.Text.Encoding.UTF8.GetBytes(NetlifyRedirectsFile.Write(redirects)));
        Write(NginxRedirectsFile.FileName, System.Text.Encoding.UTF8.GetBytes(NginxRedirectsFile.Write(redirects)));

        log.WriteLine($"Exported {pages.Length} pages, {written.Count - pages.Length} other files and redirects for {redirects.Count} old address{(redirects.Count == 1 ? "" : "es")} to {outputFolder}");
        return 0;
    }

    private async Task SavePage(string path, string file, HttpStatusCode expected)
    {
        var response = await site.GetAsync(path);
        if (response.StatusCode != expected)
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}, expected {(int)expected}");
        var html = await response.Content.ReadAsByteArrayAsync();
        Write(file, html);
        foreach (var asset in AssetsOf(System.Text.Encoding.UTF8.GetString(html)))
            await Save(asset, asset.TrimStart('/'));
    }

    private async Task Save(string path, string file)
    {
        if (written.Contains(file)) return;
        var response = await site.GetAsync(path);
        response.EnsureSuccessStatusCode();
        Write(file, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>Site-relative files a page loads: stylesheets, images, scripts.</summary>
    private static IEnumerable<string> AssetsOf(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelectorAll("link[rel=stylesheet][href], link[rel=icon][href], img[src], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(url => url.StartsWith('/') && !url.StartsWith("//"))
            .Select(url => url.Split('?', '#')[0])
            .Distinct();
    }

    private void Write(string file, byte[] bytes)
    {
        var full = Path.GetFullPath(Path.Combine(outputFolder, file));
        if (!full.StartsWith(Path.GetFullPath(outputFolder), StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write outside the export folder: {file}");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        written.Add(file);
        if (!CompressedExtensions.Contains(Path.GetExtension(file))) return;
        // Precompressed twins for servers and CDNs that serve them as they are (nginx gzip_static, brotli_static).
        File.WriteAllBytes(full + ".br", Compress(bytes, s => new BrotliStream(s, CompressionLevel.SmallestSize, leaveOpen: true)));
        File.WriteAllBytes(full + ".gz", Compress(bytes, s => new GZipStream(s, CompressionLevel.SmallestSize, leaveOpen: true)));
    }

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var stream = compressor(output)) stream.Write(bytes);
        return output.ToArray();
    }
}
