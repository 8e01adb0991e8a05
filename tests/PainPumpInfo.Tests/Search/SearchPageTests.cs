using System.Net;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Search;

/// <summary>What the search page shows: title, heading, results with where they are and why they matched.</summary>
public sealed class SearchPageTests(ShippedSite site) : IClassFixture<ShippedSite>, IDisposable
{
    /// <summary>Each test its own client address, so no test spends another's search budget.</summary>
    private readonly HttpClient client = site.Visitor();

    private static string SiteName => FrontMatterOracle.Site()["site_name"]!.ToString()!;

    [Fact]
    public async Task The_empty_search_page_is_called_search_has_one_h1_the_layout_and_is_not_indexed()
    {
        var page = await SearchPage.Get(client, "");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal($"Search — {SiteName}", page.Document.Title);
        Assert.Equal("Search", Html.Text(Assert.Single(page.Document.QuerySelectorAll("h1"))));
        Assert.Equal("noindex", page.Document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        PageAssert.Disclaimers(page.Document);
        Assert.Contains(page.Document.QuerySelectorAll("main p").Select(Html.Text), p => p.Contains("200 characters"));
    }

    [Fact]
    public async Task A_results_page_is_titled_with_the_query_lists_results_and_is_not_indexed()
    {
        var page = await SearchPage.Get(client, "MRI");

        Assert.Equal($"Results for “MRI” — {SiteName}", page.Document.Title);
        Assert.Equal("Results for “MRI”", Html.Text(Assert.Single(page.Document.QuerySelectorAll("h1"))));
        Assert.Equal("noindex", page.Document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        PageAssert.Disclaimers(page.Document);
        Assert.InRange(page.Results.Count, 2, 10);
        Assert.Equal("MRI", page.Document.QuerySelector("form[role=search] input[name=q]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Each_result_shows_its_title_as_a_link_its_section_and_a_snippet_with_the_match_marked()
    {
        var page = await SearchPage.Get(client, "scuba");

        var first = page.Results[0];
        Assert.Equal(FrontMatterOracle.Field("living-with-a-pump/sports-scuba-and-pressure.md", "title"), Html.Text(first.QuerySelector("h2 a")));
        Assert.Equal("Living with a pump › Scuba diving and pressure chambers", Html.Text(first.QuerySelector(".search-result-where")));
        Assert.All(page.Results, li =>
        {
            Assert.NotEmpty(Html.Text(li.QuerySelector(".search-result-where")));
            Assert.NotEmpty(Html.Text(li.QuerySelector(".search-snippet")));
        });
        var marks = first.QuerySelectorAll(".search-snippet mark").Select(Html.Text).ToArray();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal("scuba", m, ignoreCase: true));
    }

    [Fact]
    public async Task A_result_links_to_the_heading_where_the_best_match_is()
    {
        var page = await SearchPage.Get(client, "scuba");

        var link = page.Links[0];
        Assert.Equal("/living-with-a-pump/sports-scuba-and-pressure#scuba-diving-and-pressure-chambers", link);
        var (_, article) = await ShippedSite.Get(client, link.Split('#')[0]);
        var target = article.GetElementById(link.Split('#')[1]);
        Assert.NotNull(target);
        Assert.Matches("^H[2-6]$", target.TagName);
        Assert.Equal("Scuba diving and pressure chambers", Html.Text(target));
    }

    [Fact]
    public async Task No_results_says_so_and_suggests_the_glossary_and_the_main_sections()
    {
        var page = await SearchPage.Get(client, "zzyzx quux");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Results);
        Assert.Contains(page.Notices, n => n.Contains("No pages match “zzyzx quux”"));
        var links = page.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Contains("/glossary", links);
        var sections = ((List<object>)FrontMatterOracle.Site()["sections"]!).Cast<Dictionary<object, object>>().Select(s => "/#" + s["key"]);
        Assert.All(sections, href => Assert.Contains(href, links));
    }

    [Fact]
    public async Task The_query_is_shown_back_as_text_never_as_markup()
    {
        var page = await SearchPage.Get(client, "<b>bold</b> zzyzx");

        Assert.Empty(page.Document.QuerySelectorAll("main b, title b"));
        Assert.Equal("Results for “<b>bold</b> zzyzx”", Html.Text(page.Document.QuerySelector("h1")));
    }

    public void Dispose() => client.Dispose();
}
