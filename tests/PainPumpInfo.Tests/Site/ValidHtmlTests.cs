using System.Net;
using System.Xml.Linq;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Site;

/// <summary>Every page the site can show passes the W3C Nu Html Checker with zero errors.</summary>
public sealed class ValidHtmlTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    [SkippableFact]
    public async Task Every_page_passes_the_Nu_Html_Checker_with_no_errors()
    {
        var missing = NuHtmlChecker.MissingTools();
        RequiredTool.Require(missing);

        using var folder = TempContent.WithSiteSettings();
        var saved = new List<string>();
        foreach (var path in await PagesToCheck())
            saved.Add(await Save(site.Client, path, folder));
        saved.AddRange(await EditorPreviewPages(folder));

        var errors = NuHtmlChecker.Errors(folder.Path);
        Assert.True(errors.Count == 0, $"{errors.Count} HTML error(s) in {saved.Count} pages:\n" + string.Join("\n", errors));
    }

    /// <summary>
    /// Every page listed in the sitemap (the glossary among them), plus the pages it leaves out on purpose: the
    /// 404 page, the error page and the staff status page; the search page too, whenever the site has it.
    /// </summary>
    private async Task<IReadOnlyList<string>> PagesToCheck()
    {
        var sitemap = XDocument.Parse(await site.Client.GetStringAsync("/sitemap.xml"));
        var listed = sitemap.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9"))
            .Select(loc => new Uri(loc.Value).AbsolutePath)
            .ToList();
        Assert.Equal(PublicPages.SitemapPaths().Count, listed.Count);

        var optional = new List<string>();
        foreach (var path in new[] { "/search?q=pump+refill" })
            if ((await site.Client.GetAsync(path)).StatusCode == HttpStatusCode.OK) optional.Add(path);
        return [.. listed, "/no-such-page", "/error", "/_status/content", "/_status/reviews", .. optional];
    }

    /// <summary>
    /// What editors see in Development: the draft and problem banners and a status page with a problems table; and
    /// pages with a current and a changed clinical review, with the review dashboard listing them.
    /// </summary>
    private static async Task<IReadOnlyList<string>> EditorPreviewPages(TempContent folder)
    {
        using var content = Reviewing.Content();
        content.Write("basics/warned.md", Articles.Valid("Warned page", extra: "section: basics\ntitel: typo"));
        content.Write("basics/unfinished.md", Articles.Valid("Unfinished", extra: "section: basics\ndraft: true"));
        content.Write("basics/changed.md", Articles.Valid("Changed", extra: "section: basics"));
        Reviewing.Reviewed(content, "basics/changed", "asmith", on: Reviewing.Today.AddDays(-3));
        Reviewing.Reviewed(content, "basics/unfinished", "jdoe", "Read against the label & the \"guide\"");
        content.Write("basics/changed.md", Articles.Valid("Changed", "Edited after its review.", "section: basics"));
        using var factory = new SiteFactory(content.Path, "Development");
        var client = factory.Browser();
        return [
            await Save(client, "/basics/warned", folder, "preview"),
            await Save(client, "/basics/unfinished", folder, "preview"),
            await Save(client, "/basics/changed", folder, "preview"),
            await Save(client, "/_status/content", folder, "preview"),
            await Save(client, "/_status/reviews", folder, "preview"),
        ];
    }

    private static async Task<string> Save(HttpClient client, string path, TempContent folder, string prefix = "page")
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(html.Length > 0, $"{path} answered {(int)response.StatusCode} with no body");
        var name = prefix + (path == "/" ? "-home" : string.Concat(path.Select(c => char.IsLetterOrDigit(c) ? c : '-'))) + ".html";
        folder.Write(name, html);
        return name;
    }
}
