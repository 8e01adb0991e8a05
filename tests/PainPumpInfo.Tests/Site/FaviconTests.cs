using System.Net;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Site;

/// <summary>Every page names the site's own icon, and the icon is there: no 404 on any page load, nothing from another site.</summary>
public sealed class FaviconTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    public static TheoryData<string> Pages => new() { "/", "/living-with-a-pump/refills", "/faq", "/glossary", "/search?q=pump", "/no-such-page" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_links_one_icon_of_the_sites_own_that_is_served_as_an_image(string path)
    {
        var (_, page) = await site.Get(path);

        var icon = Assert.Single(page.QuerySelectorAll("head link[rel~=icon]"));
        var href = icon.GetAttribute("href") ?? "";
        Assert.True(href.StartsWith('/') && !href.StartsWith("//"), $"the icon {href} is not on this site");
        var response = await site.Client.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(icon.GetAttribute("type"), response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Favicon_ico_is_there_for_clients_that_ask_for_it_without_reading_the_page()
    {
        var response = await site.Client.GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0, 0, 1, 0 }, bytes[..4]); // the ICO signature
    }
}
