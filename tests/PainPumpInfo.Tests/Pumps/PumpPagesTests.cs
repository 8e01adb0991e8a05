using System.Net;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Pumps;

/// <summary>/pumps, /pumps/{key} and the :::pump-facts embed, over a small test pumps.yml whose every value is known here.</summary>
public sealed class PumpPagesTests : IDisposable
{
    private readonly TempContent content = TestPumps.Content();
    private readonly SiteFactory factory;
    private readonly HttpClient client;
    private readonly PumpsOracle pumps = new(TestPumps.Yml);

    public PumpPagesTests()
    {
        factory = new SiteFactory(content.Path, settings: SiteFactory.WatcherOnly(new Dictionary<string, string?> { ["Site:BaseUrl"] = "https://clinic.example.org" }));
        client = factory.Browser();
    }

    private async Task<AngleSharp.Dom.IDocument> Page(string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        return Html.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Each_model_page_shows_every_fact_in_the_files_order_with_citations_to_its_own_source_list()
    {
        foreach (var model in pumps.ModelKeys)
        {
            var page = await Page("/pumps/" + model);
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.Contains(pumps.Name(model), Html.Text(page.QuerySelector("h1")));
            var rows = page.QuerySelectorAll("main .pump-facts tbody tr").ToArray();
            // The first row says whether it is still made; then one row per fact.
            Assert.Equal("Still made?", Html.Text(rows[0].QuerySelector("th")));
            Assert.Equal(pumps.Facts.Select(f => f.Label), rows.Skip(1).Select(r => Html.Text(r.QuerySelector("th"))));
            for (var i = 0; i < pumps.Facts.Count; i++)
                PumpPageAssert.Cell(rows[i + 1].QuerySelector("td")!, pumps.FactText(model, pumps.Facts[i].Key),
                    pumps.FactSources(model, pumps.Facts[i].Key), pumps.Sources, page);
            PumpPageAssert.CitationsResolve(page);
        }
    }

    [Fact]
    public async Task Still_made_says_yes_or_no_with_its_source_or_says_it_is_not_known()
    {
        var alpha = (await Page("/pumps/alpha")).QuerySelector("main .pump-facts tbody tr td")!;
        var beta = (await Page("/pumps/beta")).QuerySelector("main .pump-facts tbody tr td")!;

        Assert.StartsWith("No. Acme stopped making it in 2010.", Html.Text(alpha));
        Assert.Equal("#source-recall-notice", alpha.QuerySelector("sup.citation a")?.GetAttribute("href"));
        Assert.Equal(PumpPageAssert.Unknown + ".", Html.Text(beta));
    }

    [Fact]
    public async Task The_comparison_shows_every_fact_for_every_model_each_value_cited()
    {
        var page = await Page("/pumps");

        Assert.Equal("Which pump do I have?", Html.Text(page.QuerySelector("h1")));
        foreach (var model in pumps.ModelKeys)
            Assert.NotNull(page.QuerySelector($"main a[href='/pumps/{model}']"));
        foreach (var (fact, label) in pumps.Facts)
        {
            var region = page.QuerySelectorAll("main .pump-facts").Single(r => Html.Text(r.QuerySelector("thead th:nth-child(2)")) == label);
            PumpPageAssert.FactTable(region, pumps, fact, page);
        }
        PumpPageAssert.CitationsResolve(page);
    }

    [Fact]
    public async Task The_comparison_says_how_to_find_out_which_pump_you_have()
    {
        var text = Html.Text((await Page("/pumps")).QuerySelector("main"));

        Assert.Contains("How to find out which pump you have", text);
        Assert.Contains("pump ID card", text);
        Assert.Contains("pump clinic", text);
        Assert.Contains("implant record", text);
    }

    [Fact]
    public async Task An_embedded_table_matches_the_data_and_its_sources_follow_the_articles_own()
    {
        var page = await Page("/basics/scans");

        var region = Assert.Single(page.QuerySelectorAll("main .article-body .pump-facts"));
        PumpPageAssert.FactTable(region, pumps, "mri", page);
        var listed = page.QuerySelectorAll("section.sources li").Select(li => li.Id ?? "").ToArray();
        Assert.Equal<string>(["source-test-source", "source-mri-rules", "source-maker-guide"], listed);
        PumpPageAssert.CitationsResolve(page);
        // Search engines are told the same sources the page lists, the embed's included.
        Assert.Equal(
            page.QuerySelectorAll("section.sources a.source-link").Select(a => a.GetAttribute("href")),
            JsonLdBlocks.Single(page, "MedicalWebPage").GetProperty("citation").EnumerateArray().Select(c => c.GetProperty("url").GetString()));
    }

    [Fact]
    public async Task An_article_source_with_the_same_key_as_a_pump_source_keeps_its_own_entry()
    {
        content.Write("basics/own.md", Articles.Valid("Own", ":::pump-facts mri", "section: basics")
            .Replace("  - key: test-source", "  - key: mri-rules\n    title: The article's own MRI source\n    url: https://example.org/own-mri\n  - key: test-source")
            .Replace(Articles.CitingSentence, Articles.CitingSentence + " See also [@mri-rules]."));
        await Eventually.True(async () => (await client.GetAsync("/basics/own")).IsSuccessStatusCode, "the new article");
        var page = await Page("/basics/own");

        var entries = page.QuerySelectorAll("section.sources li").ToArray();
        Assert.Single(entries, li => li.Id == "source-mri-rules");
        Assert.Equal("The article's own MRI source", Html.Text(page.GetElementById("source-mri-rules")!.QuerySelector("a.source-link")));
        PumpPageAssert.CitationsResolve(page);
    }

    [Fact]
    public async Task An_unknown_model_answers_the_sites_404_page()
    {
        var response = await client.GetAsync("/pumps/no-such-pump");
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", Html.Text(page.QuerySelector("h1")));
        PageAssert.HasDisclaimerBanner(page);
    }

    [Fact]
    public async Task Without_a_pumps_yml_there_are_no_pump_pages()
    {
        using var bare = TempContent.WithSiteSettings();
        bare.Write("basics/page.md", Articles.Valid(extra: "section: basics"));
        using var site = new SiteFactory(bare.Path);

        Assert.Equal(HttpStatusCode.NotFound, (await site.Browser().GetAsync("/pumps")).StatusCode);
        Assert.DoesNotContain("/pumps", await site.Browser().GetStringAsync("/sitemap.xml"));
    }

    [Fact]
    public async Task Pump_pages_are_in_the_sitemap_dated_by_the_files_review_and_in_the_navigation()
    {
        var sitemap = await client.GetStringAsync("/sitemap.xml");
        foreach (var path in pumps.PagePaths)
            Assert.Contains($"<loc>https://clinic.example.org{path}</loc>\n    <lastmod>{pumps.LastReviewed}</lastmod>", sitemap.Replace("\r\n", "\n"));

        var home = await Page("/");
        Assert.NotNull(home.QuerySelector("nav.site-nav a[href='/pumps']"));
    }

    [Fact]
    public async Task Each_model_page_describes_a_medical_device_inside_its_medical_web_page()
    {
        var page = await Page("/pumps/alpha");
        var item = JsonLdBlocks.Single(page, "MedicalWebPage");
        var device = item.GetProperty("about");

        Assert.Equal("https://clinic.example.org/pumps/alpha", JsonLdBlocks.Text(item, "url"));
        // pumps.yml is not reviewed with the review command, so its pages claim no clinical review (issue 16).
        Assert.Null(JsonLdBlocks.Text(item, "lastReviewed"));
        Assert.Equal("MedicalDevice", device.GetProperty("@type").GetString());
        Assert.Equal("Acme Alpha Pump", device.GetProperty("name").GetString());
        Assert.Equal("1234", device.GetProperty("identifier")[0].GetString());
        Assert.Equal(
            page.QuerySelectorAll("section.sources a.source-link").Select(a => a.GetAttribute("href")),
            item.GetProperty("citation").EnumerateArray().Select(c => c.GetProperty("url").GetString()));

        var comparison = JsonLdBlocks.Single(await Page("/pumps"), "MedicalWebPage");
        Assert.Equal(["Acme Alpha Pump", "Bolt Beta Flow"], comparison.GetProperty("about").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("Acme", "pumps/alpha")]
    [InlineData("1234", "pumps/alpha")]
    [InlineData("Beta Flow", "pumps/beta")]
    public async Task Search_finds_a_model_by_its_maker_name_or_model_number(string query, string route)
    {
        var results = await SearchPage.Get(client, query);
        Assert.Equal(route, results.Routes.FirstOrDefault());
    }

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
        content.Dispose();
    }
}
