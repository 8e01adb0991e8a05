using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Site;

/// <summary>What every page tells search engines and link previews, checked against the content files.</summary>
public sealed class SearchEngineTagsTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    private const string Dash = " — ";

    public static TheoryData<string> PublicPaths() => new(PublicPages.Paths());

    /// <summary>Pages search engines must not index: they carry noindex and no canonical address.</summary>
    private static readonly string[] Hidden = ["/no-such-page", "/error", "/_status/content", "/_status/reviews"];

    public static TheoryData<string> HiddenPaths() => new(Hidden);

    public static TheoryData<string> EveryPath() => new(PublicPages.Paths().Concat(Hidden).ToArray());

    private static string SiteName => FrontMatterOracle.Site()["site_name"]!.ToString()!;

    private static (string Title, string Description) Expected(string path) =>
        path == "/"
            ? ($"{SiteName}{Dash}{FrontMatterOracle.Site()["tagline"]}", FrontMatterOracle.Site()["tagline"]!.ToString()!)
            : ($"{FrontMatterOracle.Field(path[1..] + ".md", "title")}{Dash}{SiteName}", FrontMatterOracle.Field(path[1..] + ".md", "description"));

    private static string? Meta(IDocument page, string selector) => page.QuerySelector(selector)?.GetAttribute("content");

    [Theory]
    [MemberData(nameof(PublicPaths))]
    public async Task Each_public_page_has_its_title_description_and_an_absolute_canonical_address_from_the_base_url(string path)
    {
        var (response, page) = await site.Get(path);
        var (title, description) = Expected(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(title, page.Title);
        Assert.Equal(description, Meta(page, "meta[name=description]"));
        var canonical = Assert.Single(page.QuerySelectorAll("link[rel=canonical]"));
        Assert.Equal(PublishedSite.BaseUrl + path, canonical.GetAttribute("href"));
        Assert.Null(page.QuerySelector("meta[name=robots]"));
        Assert.Equal(FrontMatterOracle.Site()["language"]!.ToString(), page.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [MemberData(nameof(PublicPaths))]
    public async Task Each_public_page_has_open_graph_and_twitter_card_tags(string path)
    {
        var (_, page) = await site.Get(path);
        var (title, description) = Expected(path);
        var shortTitle = path == "/" ? title : title[..title.LastIndexOf(Dash, StringComparison.Ordinal)];

        Assert.Equal(path == "/" ? "website" : "article", Meta(page, "meta[property='og:type']"));
        Assert.Equal(shortTitle, Meta(page, "meta[property='og:title']"));
        Assert.Equal(description, Meta(page, "meta[property='og:description']"));
        Assert.Equal(PublishedSite.BaseUrl + path, Meta(page, "meta[property='og:url']"));
        Assert.Equal(SiteName, Meta(page, "meta[property='og:site_name']"));
        Assert.Matches(new Regex("^[a-z]{2}_[A-Z]{2}$"), Meta(page, "meta[property='og:locale']"));
        Assert.Equal("summary", Meta(page, "meta[name='twitter:card']"));
        Assert.Equal(shortTitle, Meta(page, "meta[name='twitter:title']"));
        Assert.Equal(description, Meta(page, "meta[name='twitter:description']"));
    }

    [Fact]
    public async Task Titles_and_descriptions_are_unique_across_the_site()
    {
        var titles = new List<string>();
        var descriptions = new List<string>();
        foreach (var path in PublicPages.Paths().Concat(["/no-such-page", "/error"]))
        {
            var (_, page) = await site.Get(path);
            titles.Add(page.Title ?? "");
            descriptions.Add(Meta(page, "meta[name=description]") ?? "");
        }

        Assert.Empty(titles.GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(descriptions.GroupBy(d => d).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Theory]
    [MemberData(nameof(HiddenPaths))]
    public async Task The_404_error_and_status_pages_are_noindex_and_have_no_canonical_address(string path)
    {
        var (_, page) = await site.Get(path);

        Assert.Contains("noindex", Meta(page, "meta[name=robots]"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Null(page.QuerySelector("meta[property='og:url']"));
    }

    [Theory]
    [InlineData("/_status/content")]
    [InlineData("/_status/reviews")]
    public async Task The_status_pages_also_send_an_x_robots_tag_header(string path)
    {
        var response = await site.Client.GetAsync(path);
        Assert.Equal("noindex, nofollow", string.Join(", ", response.Headers.GetValues("X-Robots-Tag")));
    }

    [Theory]
    [MemberData(nameof(EveryPath))]
    public async Task Each_page_has_header_nav_main_and_footer_landmarks_and_headings_in_order(string path)
    {
        var (_, page) = await site.Get(path);

        Assert.Single(page.QuerySelectorAll("body > header"));
        Assert.Single(page.QuerySelectorAll("body > main"));
        Assert.Single(page.QuerySelectorAll("body > footer"));
        Assert.NotEmpty(page.QuerySelectorAll("header nav"));
        var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => (Level: h.LocalName[1] - '0', Text: Html.Text(h))).ToArray();
        Assert.Equal(1, levels[0].Level);
        Assert.Single(levels, h => h.Level == 1);
        for (var i = 1; i < levels.Length; i++)
            Assert.True(levels[i].Level <= levels[i - 1].Level + 1,
                $"'{levels[i].Text}' (h{levels[i].Level}) follows '{levels[i - 1].Text}' (h{levels[i - 1].Level}), skipping a level");
    }

    [Fact]
    public async Task A_hostile_host_header_does_not_change_canonical_or_structured_data_addresses_when_the_base_url_is_set()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://evil.example/living-with-a-pump/alarms");
        request.Headers.Host = "evil.example";
        var response = await site.Client.SendAsync(request);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        using var sitemapRequest = new HttpRequestMessage(HttpMethod.Get, "http://evil.example/sitemap.xml");
        sitemapRequest.Headers.Host = "evil.example";
        var sitemap = await (await site.Client.SendAsync(sitemapRequest)).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PublishedSite.BaseUrl + "/living-with-a-pump/alarms", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(PublishedSite.BaseUrl + "/living-with-a-pump/alarms", JsonLdBlocks.Text(JsonLdBlocks.Single(page, "MedicalWebPage"), "url"));
        Assert.DoesNotContain("evil.example", page.DocumentElement.OuterHtml);
        Assert.DoesNotContain("evil.example", sitemap);
    }
}
