using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Site;

/// <summary>Without Site:BaseUrl (local runs, previews) absolute addresses use the request's own origin.</summary>
public sealed class OriginWithoutBaseUrlTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [Fact]
    public async Task Canonical_sitemap_and_robots_use_the_requests_scheme_and_host()
    {
        var origin = site.Client.BaseAddress!.GetLeftPart(UriPartial.Authority);
        var (_, page) = await site.Get("/living-with-a-pump/alarms");
        var sitemap = await site.Client.GetStringAsync("/sitemap.xml");
        var robots = await site.Client.GetStringAsync("/robots.txt");

        Assert.Equal(origin + "/living-with-a-pump/alarms", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Contains($"<loc>{origin}/</loc>", sitemap);
        Assert.Contains($"Sitemap: {origin}/sitemap.xml", robots);
    }

    [Fact]
    public async Task The_host_comes_from_the_request_so_production_must_set_the_base_url()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://preview.example/living-with-a-pump/alarms");
        request.Headers.Host = "preview.example";
        var page = Html.Parse(await (await site.Client.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Equal("http://preview.example/living-with-a-pump/alarms", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public void A_base_url_that_is_not_an_absolute_http_address_stops_the_site_from_starting()
    {
        using var content = TempContent.Empty();
        using var factory = new SiteFactory(content.Path, settings: new Dictionary<string, string?> { ["Site:BaseUrl"] = "pumps.example.org" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Site:BaseUrl", error.ToString());
    }
}
