using System.Net;
using System.Xml.Linq;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Site;

/// <summary>Every page the site can show passes the W3C Nu Html Checker with zero errors, and none is left out unsaid.</summary>
public sealed class ValidHtmlTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    [Fact]
    public async Task Every_page_passes_the_Nu_Html_Checker_with_no_errors()
    {
        var missing = NuHtmlChecker.MissingTools();
        RequiredTool.Require(missing);

        using var folder = TempContent.WithSiteSettings();
        var saved = new Dictionary<string, string>();
        foreach (var (path, status) in await PagesToCheck())
            await Save(site.Client, path, status, folder, saved);
        await SaveEditorPreviewPages(folder, saved);

        var report = NuHtmlChecker.Check(folder.Path);
        var skipped = saved.Where(s => !report.Checked.Contains(s.Key)).Select(s => $"{s.Value} ({s.Key})").ToArray();
        Assert.True(skipped.Length == 0, $"the checker did not check {skipped.Length} page(s): {string.Join(", ", skipped)}");
        Assert.True(report.Errors.Count == 0, $"{report.Errors.Count} HTML error(s) in {saved.Count} pages:\n" + string.Join("\n", report.Errors));
    }

    /// <summary>
    /// Every page listed in the sitemap (the glossary among them), plus the pages it leaves out on purpose: a
    /// search, the 404 page, the error page and the staff status page; each with the status it must answer.
    /// </summary>
    private async Task<IReadOnlyList<(string Path, HttpStatusCode Status)>> PagesToCheck()
    {
        var sitemap = XDocument.Parse(await site.Client.GetStringAsync("/sitemap.xml"));
        var listed = sitemap.Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9"))
            .Select(loc => new Uri(loc.Value).AbsolutePath)
            .ToList();
        Assert.Equal(PublicPages.SitemapPaths().Order(), listed.Order());
        return [
            .. listed.Select(path => (path, HttpStatusCode.OK)),
            ("/search?q=pump+refill", HttpStatusCode.OK),
            ("/no-such-page", HttpStatusCode.NotFound),
            ("/error", HttpStatusCode.InternalServerError),
            ("/_status/content", HttpStatusCode.OK),
            ("/_status/reviews", HttpStatusCode.OK),
        ];
    }

    /// <summary>
    /// What editors see in Development: the draft and problem banners and a status page with a problems table; and
    /// pages with a current and a changed clinical review, with the review dashboard listing them.
    /// </summary>
    private static async Task SaveEditorPreviewPages(TempContent folder, Dictionary<string, string> saved)
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
        foreach (var path in new[] { "/basics/warned", "/basics/unfinished", "/basics/changed", "/_status/content", "/_status/reviews" })
            await Save(client, path, HttpStatusCode.OK, folder, saved, "preview");
    }

    /// <summary>Saves one page under a name no other page has; a page that answers otherwise than it must fails the test here.</summary>
    private static async Task Save(HttpClient client, string path, HttpStatusCode expected, TempContent folder, Dictionary<string, string> saved, string prefix = "page")
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{path} answered {(int)response.StatusCode}, not {(int)expected}, so it was not checked");
        Assert.True(html.Length > 0, $"{path} answered with no body, so it was not checked");
        var name = prefix + (path == "/" ? "-home" : string.Concat(path.Select(c => char.IsLetterOrDigit(c) ? c : '-'))) + ".html";
        Assert.True(saved.TryAdd(name, path), $"{path} and {saved.GetValueOrDefault(name)} would be saved as the same file {name}");
        folder.Write(name, html);
    }
}
