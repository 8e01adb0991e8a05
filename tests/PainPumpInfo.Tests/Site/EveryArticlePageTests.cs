using System.Net;
using AngleSharp.Dom;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Site;

/// <summary>Every article in content/, found from the files themselves, is served as a complete page.</summary>
public sealed class EveryArticlePageTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    public static TheoryData<string> ArticleFiles() => new(RepoPaths.ArticleFiles());

    private static string RouteOf(string file) => "/" + file[..^".md".Length];

    [Fact]
    public void The_shipped_content_has_articles()
    {
        Assert.True(RepoPaths.ArticleFiles().Count >= 7, "the starter content has at least seven articles");
    }

    [Theory]
    [MemberData(nameof(ArticleFiles))]
    public async Task Each_article_is_served_at_its_route_with_title_description_and_one_h1(string file)
    {
        var (response, page) = await site.Get(RouteOf(file));
        var title = FrontMatterOracle.Field(file, "title");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.DocumentElement.GetAttribute("lang")));
        Assert.StartsWith(title, page.Title);
        Assert.Equal(FrontMatterOracle.Field(file, "description"), page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        var h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(title, Html.Text(h1));
    }

    [Theory]
    [MemberData(nameof(ArticleFiles))]
    public async Task Each_article_shows_the_disclaimer_banner_before_the_main_content_and_in_full_in_the_footer(string file)
    {
        var (_, page) = await site.Get(RouteOf(file));
        PageAssert.Disclaimers(page);
    }

    [Theory]
    [MemberData(nameof(ArticleFiles))]
    public async Task Each_article_shows_its_review_dates_and_its_sources(string file)
    {
        var (_, page) = await site.Get(RouteOf(file));
        var front = FrontMatterOracle.Read(file);

        var times = page.QuerySelectorAll(".review-info time").Select(t => t.GetAttribute("datetime")).ToArray();
        Assert.Contains(front["last_reviewed"]!.ToString(), times);
        Assert.Contains("not yet been reviewed by a clinician", Html.Text(page.QuerySelector(".review-info")));
        var sourceLinks = page.QuerySelectorAll(".sources .source-link").Select(a => a.GetAttribute("href")).ToArray();
        var expected = ((List<object>)front["sources"]!).Cast<Dictionary<object, object>>().Select(s => s["url"].ToString()).ToArray();
        // The article's own sources first, in order; then any that only its embeds cite, from pumps.yml or emergency-signs.yml.
        Assert.True(sourceLinks.Length >= expected.Length, $"{sourceLinks.Length} sources listed, {expected.Length} in the front matter");
        Assert.Equal(expected.Select(url => url!.TrimEnd('/')), sourceLinks.Take(expected.Length).Select(href => href!.TrimEnd('/')));
        var dataSources = DataFileSources.Urls();
        Assert.All(sourceLinks.Skip(expected.Length), href => Assert.Contains(href!, dataSources));
    }
}
