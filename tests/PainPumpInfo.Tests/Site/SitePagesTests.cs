using System.Net;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Site;

/// <summary>Home, 404 and navigation on the shipped content.</summary>
public sealed class SitePagesTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    [Fact]
    public async Task Home_lists_every_section_and_links_every_article_with_the_disclaimer()
    {
        var (response, page) = await site.Get("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        PageAssert.Disclaimers(page);
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        foreach (var file in RepoPaths.ArticleFiles())
            Assert.Contains("/" + file[..^".md".Length], links);
        var sectionTitles = ((List<object>)FrontMatterOracle.Site()["sections"]!).Cast<Dictionary<object, object>>().Select(s => s["title"].ToString()).ToArray();
        var headings = page.QuerySelectorAll("main h2").Select(Html.Text).ToArray();
        Assert.Equal(sectionTitles, headings.Where(h => sectionTitles.Contains(h)).ToArray());
    }

    [Fact]
    public async Task Home_lists_a_sections_articles_in_their_order()
    {
        var (_, page) = await site.Get("/");
        var section = page.QuerySelector("section[aria-labelledby='living-with-a-pump']");
        Assert.NotNull(section);
        var orders = section.QuerySelectorAll("a")
            .Select(a => a.GetAttribute("href")!.TrimStart('/') + ".md")
            .Select(file => int.Parse(FrontMatterOracle.Field(file, "order")))
            .ToArray();
        Assert.Equal(orders.Order().ToArray(), orders);
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/living-with-a-pump/no-such-page")]
    [InlineData("/not-found")]
    public async Task Unknown_routes_answer_404_with_a_page_that_carries_the_disclaimer(string url)
    {
        var (response, page) = await site.Get(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", Html.Text(page.QuerySelector("h1")));
        PageAssert.Disclaimers(page);
    }

    [Fact]
    public async Task An_article_has_breadcrumbs_and_links_to_its_neighbours_in_the_section()
    {
        var (_, page) = await site.Get("/living-with-a-pump/alarms");

        var crumbs = page.QuerySelectorAll("nav[aria-label=Breadcrumb] li").Select(Html.Text).ToArray();
        Assert.Equal(["Home", "Living with a pump", FrontMatterOracle.Field("living-with-a-pump/alarms.md", "title")], crumbs);
        Assert.Equal("/living-with-a-pump/refills", page.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/living-with-a-pump/battery-and-replacement", page.QuerySelector("a[rel=next]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/Living-With-A-Pump/Alarms", "/living-with-a-pump/alarms")]
    [InlineData("/living-with-a-pump/alarms/", "/living-with-a-pump/alarms")]
    public async Task Non_canonical_forms_of_a_route_answer_301_to_the_canonical_url(string url, string canonical)
    {
        var response = await site.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_stylesheet_is_served_by_the_site_itself()
    {
        var (_, page) = await site.Get("/");
        var stylesheets = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToArray();

        var href = Assert.Single(stylesheets);
        Assert.StartsWith("/", href);
        foreach (var encoding in new[] { "identity", "gzip", "br" })
        {
            var css = await site.Client.GetAccepting(href, encoding);
            Assert.Equal(HttpStatusCode.OK, css.StatusCode);
            Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        }
    }
}
