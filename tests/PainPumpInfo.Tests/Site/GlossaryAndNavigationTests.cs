using System.Net;
using PainPumpInfo.Tests.Support;
using YamlDotNet.Serialization;

namespace PainPumpInfo.Tests.Site;

/// <summary>The glossary page, glossary links in articles, the table of contents and related articles.</summary>
public sealed class GlossaryAndNavigationTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    private static List<Dictionary<string, object>> GlossaryFile() =>
        new DeserializerBuilder().Build().Deserialize<List<Dictionary<string, object>>>(File.ReadAllText(Path.Combine(RepoPaths.Content, "glossary.yml")));

    [Fact]
    public async Task The_glossary_page_defines_every_term_in_glossary_yml_with_an_anchor()
    {
        var (response, page) = await site.Get("/glossary");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var terms = page.QuerySelectorAll("dl.glossary dt").ToDictionary(dt => Html.Text(dt), dt => dt.Id);
        foreach (var entry in GlossaryFile())
        {
            var term = entry["term"].ToString()!;
            Assert.True(terms.ContainsKey(term), $"'{term}' is on the glossary page");
            Assert.False(string.IsNullOrEmpty(terms[term]));
        }
        PageAssert.Disclaimers(page);
    }

    [Fact]
    public async Task An_article_links_the_first_use_of_a_glossary_term_to_its_definition_once()
    {
        var (_, page) = await site.Get("/understanding-the-therapy/what-is-an-idds");
        var (_, glossary) = await site.Get("/glossary");
        var anchors = glossary.QuerySelectorAll("dt[id]").Select(dt => dt.Id).ToHashSet();

        var termLinks = page.QuerySelectorAll(".article-body a.glossary-term").ToArray();
        Assert.NotEmpty(termLinks);
        var targets = termLinks.Select(a => a.GetAttribute("href")!).ToArray();
        Assert.All(targets, href => Assert.Contains(href.Split('#')[1], anchors));
        Assert.Equal(targets.Length, targets.Distinct().Count());
        Assert.All(termLinks, a => Assert.Null(a.Closest("h1, h2, h3, h4, code, pre")));
        Assert.All(termLinks, a => Assert.Null(a.ParentElement?.Closest("a")));
    }

    [Fact]
    public async Task Terms_are_never_linked_inside_headings_links_or_code()
    {
        using var content = TempContent.WithSiteSettings();
        content.Write("glossary.yml", "- term: Catheter\n  definition: A thin tube.\n  other_spellings: [catheters]\n");
        content.Write("basics/page.md", Articles.Valid("Page", "## Catheter care\n\n[Catheter guide](https://example.org) and `catheter` code.\n\nThe catheters move. A catheter again."));
        using var factory = new SiteFactory(content.Path);
        var page = Html.Parse(await factory.Browser().GetStringAsync("/basics/page"));

        var link = Assert.Single(page.QuerySelectorAll("a.glossary-term"));
        Assert.Equal("catheters", Html.Text(link));
        Assert.Equal("/glossary#catheter", link.GetAttribute("href"));
        Assert.Equal("The catheters move. A catheter again.", Html.Text(link.ParentElement));
    }

    [Fact]
    public async Task Long_articles_get_a_table_of_contents_linking_each_section()
    {
        var (_, page) = await site.Get("/living-with-a-pump/refills");

        var sections = page.QuerySelectorAll(".article-body h2").Select(h => "#" + h.Id).ToArray();
        Assert.True(sections.Length >= 3);
        var toc = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Equal(sections, toc);
    }

    [Fact]
    public async Task Short_articles_have_no_table_of_contents()
    {
        using var content = TempContent.WithSiteSettings();
        content.Write("basics/short.md", Articles.Valid("Short", "## One\n\nA.\n\n## Two\n\nB."));
        using var factory = new SiteFactory(content.Path);
        var page = Html.Parse(await factory.Browser().GetStringAsync("/basics/short"));

        Assert.Null(page.QuerySelector("nav.toc"));
    }

    [Fact]
    public async Task Related_articles_from_front_matter_are_linked_by_title()
    {
        const string file = "living-with-a-pump/refills.md";
        var related = ((List<object>)FrontMatterOracle.Read(file)["related"]!).Select(r => "/" + r).ToArray();
        var (_, page) = await site.Get("/living-with-a-pump/refills");

        var links = page.QuerySelectorAll("nav.related a").ToArray();
        Assert.Equal(related, links.Select(a => a.GetAttribute("href")));
        Assert.All(links, a => Assert.Equal(FrontMatterOracle.Field(a.GetAttribute("href")!.TrimStart('/') + ".md", "title"), Html.Text(a)));
    }
}
