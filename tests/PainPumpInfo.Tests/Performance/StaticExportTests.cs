using System.Net;
using PainPumpInfo.Tests.Support;
using PainPumpInfo.Web.Commands;

namespace PainPumpInfo.Tests.Performance;

/// <summary>
/// The export, served by nginx with deploy/nginx.conf, is the same site: same pages, same 404, same disclaimer,
/// the same redirects from old addresses, and a search box that never leads to the 404 page.
/// </summary>
public sealed class StaticExportTests : IClassFixture<StaticExportTests.Exported>
{
    public const string BaseUrl = "https://clinic.example.org";

    /// <summary>One export of the shipped content, and the live app over the same content for comparison.</summary>
    public sealed class Exported : IDisposable
    {
        public Exported()
        {
            Content = TempContent.CopyOfShipped();
            Folder = Path.Combine(Path.GetTempPath(), "ppi-export-" + Guid.NewGuid().ToString("N"));
            var log = new StringWriter();
            ExitCode = ExportCommand.Run([Folder, "--content", Content.Path, "--base-url", BaseUrl], log).GetAwaiter().GetResult();
            Log = log.ToString();
            Live = new SiteFactory(Content.Path, settings: new Dictionary<string, string?> { ["Site:BaseUrl"] = BaseUrl });
        }

        public TempContent Content { get; }
        public string Folder { get; }
        public int ExitCode { get; }
        public string Log { get; }
        public SiteFactory Live { get; }

        public void Dispose()
        {
            Live.Dispose();
            Content.Dispose();
            try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
        }
    }

    private readonly Exported export;

    public StaticExportTests(Exported export) => this.export = export;

    [Fact]
    public void The_export_writes_every_public_page_the_404_page_sitemap_robots_and_compressed_twins()
    {
        Assert.True(export.ExitCode == 0, export.Log);
        foreach (var path in PublicPages.SitemapPaths())
        {
            var file = Path.Combine(export.Folder, path.TrimStart('/'), "index.html");
            Assert.True(File.Exists(file), $"{path} was not exported");
            Assert.True(File.Exists(file + ".br") && File.Exists(file + ".gz"), $"{path} has no .br/.gz twins");
        }
        foreach (var file in new[] { "404.html", "sitemap.xml", "robots.txt" })
            Assert.True(File.Exists(Path.Combine(export.Folder, file)), file);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(export.Folder, "css"), "*.css"));
        Assert.Contains($"<loc>{BaseUrl}/living-with-a-pump/refills</loc>", File.ReadAllText(Path.Combine(export.Folder, "sitemap.xml")));
    }

    [Fact]
    public async Task Export_without_a_base_url_says_what_is_missing()
    {
        var log = new StringWriter();
        var exit = await ExportCommand.Run([Path.Combine(export.Folder, "unused")], log);

        Assert.Equal(2, exit);
        Assert.Contains("--base-url", log.ToString());
    }

    [Fact]
    public async Task Nginx_serves_every_page_with_the_same_main_content_as_the_live_app_and_the_404_page_for_unknown_paths()
    {
        RequiredTool.Require(NginxServer.Missing);
        using var nginx = new NginxServer(export.Folder);
        using var client = new HttpClient { BaseAddress = nginx.BaseAddress };
        var live = export.Live.Browser();

        foreach (var path in PublicPages.SitemapPaths())
        {
            var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"nginx answered {(int)response.StatusCode} for {path}");
            var served = Html.Parse(await response.Content.ReadAsStringAsync());
            var original = Html.Parse(await live.GetStringAsync(path));
            Assert.Equal(original.QuerySelector("main")!.InnerHtml, served.QuerySelector("main")!.InnerHtml);
            PageAssert.Disclaimers(served);
        }

        var missing = await client.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var notFound = Html.Parse(await missing.Content.ReadAsStringAsync());
        Assert.Equal("Page not found", Html.Text(notFound.QuerySelector("h1")));
        PageAssert.Disclaimers(notFound);
    }

    [Fact]
    public async Task Nginx_sends_the_precompressed_twin_and_the_security_headers()
    {
        RequiredTool.Require(NginxServer.Missing);
        using var nginx = new NginxServer(export.Folder);
        using var client = new HttpClient { BaseAddress = nginx.BaseAddress };

        var response = await client.GetAccepting("/living-with-a-pump/refills/index.html", "gzip");

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("default-src 'self'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
    }

    /// <summary>
    /// A reader of the live site downloads about as few bytes as a reader of the export. The export compresses at the
    /// smallest size, which for Brotli takes 60 ms for a typical article: too long for the first reader of a page just
    /// changed to wait, so the live site's Brotli copy may be larger (a fifth on the shipped pages; at the fastest
    /// level, half).
    /// </summary>
    [Theory]
    [InlineData("gzip", ".gz", 1.05)]
    [InlineData("br", ".br", 1.4)]
    public async Task The_live_site_sends_every_page_compressed_nearly_as_small_as_the_export_s_copy(string encoding, string twin, double mostTimesTheExport)
    {
        var live = export.Live.Browser();
        foreach (var path in PublicPages.SitemapPaths())
        {
            var response = await live.GetAccepting(path, encoding);
            Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));

            var sent = (await response.Content.ReadAsByteArrayAsync()).Length;
            var exported = new FileInfo(Path.Combine(export.Folder, path.TrimStart('/'), "index.html" + twin)).Length;
            Assert.True(sent <= exported * mostTimesTheExport, $"{path}: the live site sent {sent} bytes of {encoding}, the export's copy is {exported}");
        }
    }

    /// <summary>Every old address the shipped articles list in aliases:, read from the files, not the site.</summary>
    private static IReadOnlyList<string> ShippedAliases() =>
        PublicPages.ArticleFiles()
            .SelectMany(file => FrontMatterOracle.Read(file).TryGetValue("aliases", out var aliases) && aliases is List<object> list ? list : [])
            .Select(alias => alias.ToString()!)
            .ToArray();

    [Fact]
    public async Task Nginx_redirects_every_old_address_where_the_live_site_does_keeping_the_query_string()
    {
        RequiredTool.Require(NginxServer.Missing);
        using var nginx = new NginxServer(export.Folder);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = nginx.BaseAddress };
        var live = export.Live.Browser();
        var aliases = ShippedAliases();
        Assert.NotEmpty(aliases);

        foreach (var path in aliases.SelectMany(alias => new[] { alias, alias + "?from=old-link" }))
        {
            var original = await live.GetAsync(path);
            var served = await client.GetAsync(path);

            Assert.Equal(HttpStatusCode.MovedPermanently, original.StatusCode);
            Assert.True(served.StatusCode == HttpStatusCode.MovedPermanently, $"nginx answered {(int)served.StatusCode} for {path}");
            Assert.Equal(new Uri(live.BaseAddress!, original.Headers.Location!).PathAndQuery,
                new Uri(nginx.BaseAddress, served.Headers.Location!).PathAndQuery);
            Assert.Contains("default-src 'self'", string.Join(",", served.Headers.GetValues("Content-Security-Policy")));
        }
    }

    [Fact]
    public async Task Nginx_answers_the_search_box_with_a_page_that_explains_and_lists_every_article_not_the_404_page()
    {
        RequiredTool.Require(NginxServer.Missing);
        using var nginx = new NginxServer(export.Folder);
        using var client = new HttpClient { BaseAddress = nginx.BaseAddress };
        var home = Html.Parse(await client.GetStringAsync("/"));
        var form = home.QuerySelector("form[role=search]")!;
        var input = form.QuerySelector("input[type=search]")!.GetAttribute("name");

        // What a browser sends when someone types "refill" in the box and presses Search.
        var search = new Uri(nginx.BaseAddress, form.GetAttribute("action") + $"?{input}=refill");
        Assert.Equal(nginx.BaseAddress.Authority, search.Authority);
        var response = await client.GetAsync(search);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotEqual("Page not found", Html.Text(page.QuerySelector("h1")));
        PageAssert.Disclaimers(page);
        var links = page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToHashSet();
        foreach (var article in PublicPages.Paths().Where(p => p != "/"))
            Assert.True(links.Contains(article), $"the search page does not link to {article}");
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task The_live_site_does_not_serve_the_static_copy_s_search_page()
    {
        var response = await export.Live.Browser().GetAsync(PainPumpInfo.Web.Pages.StaticSearchModel.Route);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task With_a_search_origin_every_exported_page_s_search_box_goes_to_that_origin_s_search()
    {
        const string searchOrigin = "https://live.example.org";
        var folder = Path.Combine(export.Folder, "with-search-origin");
        var log = new StringWriter();

        var exit = await ExportCommand.Run([folder, "--content", export.Content.Path, "--base-url", BaseUrl, "--search-origin", searchOrigin], log);

        Assert.True(exit == 0, log.ToString());
        var pages = Directory.GetFiles(folder, "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        foreach (var file in pages)
        {
            var form = Html.Parse(File.ReadAllText(file)).QuerySelector("form[role=search]");
            Assert.True(form is not null, $"{file} has no search box");
            Assert.Equal(new Uri(new Uri(searchOrigin), "/search"), new Uri(form.GetAttribute("action")!));
        }
    }
}
