using System.Net;
using System.Xml.Linq;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Site;

/// <summary>/sitemap.xml lists exactly the public pages; /robots.txt points at it and keeps crawlers off staff pages.</summary>
public sealed class SitemapAndRobotsTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static async Task<IReadOnlyList<(string Loc, string? LastMod)>> Entries(HttpClient client)
    {
        var response = await client.GetAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Sitemaps + "urlset", xml.Root?.Name);
        return xml.Root!.Elements(Sitemaps + "url")
            .Select(url => (url.Element(Sitemaps + "loc")!.Value, url.Element(Sitemaps + "lastmod")?.Value))
            .ToArray();
    }

    [Fact]
    public async Task The_sitemap_lists_home_and_every_article_that_is_not_a_draft_exactly_once()
    {
        var locs = (await Entries(site.Client)).Select(e => e.Loc).ToArray();

        Assert.Equal(locs.Length, locs.Distinct().Count());
        Assert.Equal(PublicPages.SitemapPaths().Select(p => PublishedSite.BaseUrl + p).Order(), locs.Order());
    }

    [Fact]
    public async Task Each_articles_lastmod_is_its_last_review_date_and_home_and_glossary_carry_the_newest_one()
    {
        var entries = (await Entries(site.Client)).ToDictionary(e => e.Loc, e => e.LastMod);

        var reviewed = PublicPages.ArticleFiles().ToDictionary(file => file, file => FrontMatterOracle.Field(file, "last_reviewed"));
        foreach (var (file, date) in reviewed)
            Assert.Equal(date, entries[PublishedSite.BaseUrl + PublicPages.RouteOf(file)]);
        var newest = reviewed.Values.Max(StringComparer.Ordinal);
        Assert.Equal(newest, entries[PublishedSite.BaseUrl + "/"]);
        Assert.Equal(newest, entries[PublishedSite.BaseUrl + "/glossary"]);
        Assert.All(entries, e => Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", e.Value));
    }

    [Fact]
    public async Task Robots_txt_allows_crawling_names_the_sitemap_and_disallows_the_status_pages()
    {
        var response = await site.Client.GetAsync("/robots.txt");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n').Select(l => l.Trim()).ToArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Allow: /", lines);
        Assert.DoesNotContain("Disallow: /", lines);
        Assert.Contains("Disallow: /_status/", lines);
        Assert.Contains($"Sitemap: {PublishedSite.BaseUrl}/sitemap.xml", lines);
    }

    [Fact]
    public async Task Drafts_aliases_and_staff_pages_are_never_listed_and_a_previewed_draft_is_noindex()
    {
        using var content = TempContent.WithSiteSettings();
        content.Write("basics/first.md", Articles.Valid("First page", extra: "section: basics\naliases: [/old-first]"));
        // Reviewed later than anything published: a draft must not move the home page's lastmod either.
        content.Write("basics/unfinished.md", Articles.Valid("Unfinished page", extra: "section: basics\ndraft: true")
            .Replace("last_reviewed: 2026-11-01", "last_reviewed: 2027-01-15"));
        using var development = new SiteFactory(content.Path, "Development",
            new Dictionary<string, string?> { ["Site:BaseUrl"] = "https://clinic.example.org" });

        var entries = await Entries(development.Browser());
        var draft = Html.Parse(await development.Browser().GetStringAsync("/basics/unfinished"));

        Assert.Equal([("https://clinic.example.org/", "2026-11-01"), ("https://clinic.example.org/basics/first", "2026-11-01"), ("https://clinic.example.org/glossary", "2026-11-01"), ("https://clinic.example.org/my-pump-card", "2026-11-01"), ("https://clinic.example.org/refill-reminder", "2026-11-01")], entries);
        Assert.Equal("noindex", draft.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(draft.QuerySelector("link[rel=canonical]"));
    }
}
