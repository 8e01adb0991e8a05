using System.Net;
using PainPumpInfo.Tests.Support;
using PainPumpInfo.Web.Commands;

namespace PainPumpInfo.Tests.Performance;

/// <summary>The export, served by nginx with deploy/nginx.conf, is the same site: same pages, same 404, same disclaimer.</summary>
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

    [SkippableFact]
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

    [SkippableFact]
    public async Task Nginx_sends_the_precompressed_twin_and_the_security_headers()
    {
        RequiredTool.Require(NginxServer.Missing);
        using var nginx = new NginxServer(export.Folder);
        using var client = new HttpClient { BaseAddress = nginx.BaseAddress };

        var request = new HttpRequestMessage(HttpMethod.Get, "/living-with-a-pump/refills/index.html");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var response = await client.SendAsync(request);

        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("default-src 'self'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
    }
}
