using System.Net;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Editing;

/// <summary>The staff status page and the editor's banners: on in Development, off in Production unless asked for.</summary>
public sealed class ContentStatusPageTests : IDisposable
{
    private readonly TempContent content = TempContent.WithSiteSettings();

    public ContentStatusPageTests()
    {
        content.Write("basics/warned.md", Articles.Valid("Warned page", extra: "section: basics\ntitel: typo"));
        content.Write("basics/unfinished.md", Articles.Valid("Unfinished", extra: "section: basics\ndraft: true"));
    }

    [Fact]
    public async Task The_status_page_is_off_in_production_by_default()
    {
        using var factory = new SiteFactory(content.Path, "Production");
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Browser().GetAsync("/_status/content")).StatusCode);
    }

    [Fact]
    public async Task The_status_page_lists_problems_in_development_and_is_not_indexed()
    {
        using var factory = new SiteFactory(content.Path, "Development");
        var response = await factory.Browser().GetAsync("/_status/content");
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Contains("did you mean 'title'?", Html.Text(page.QuerySelector("table")));
        PageAssert.HasDisclaimerBanner(page);
    }

    [Fact]
    public async Task In_development_a_page_with_problems_shows_them_in_an_editor_banner()
    {
        using var development = new SiteFactory(content.Path, "Development");
        using var production = new SiteFactory(content.Path, "Production");

        var preview = Html.Parse(await development.Browser().GetStringAsync("/basics/warned"));
        var live = Html.Parse(await production.Browser().GetStringAsync("/basics/warned"));

        Assert.Contains("unknown front matter field 'titel'", Html.Text(preview.QuerySelector(".editor-banner")));
        Assert.Null(live.QuerySelector(".editor-banner"));
    }

    [Fact]
    public async Task In_development_a_draft_says_it_is_a_draft()
    {
        using var development = new SiteFactory(content.Path, "Development");
        var page = Html.Parse(await development.Browser().GetStringAsync("/basics/unfinished"));

        Assert.Contains(page.QuerySelectorAll(".editor-banner"), b => Html.Text(b).StartsWith("Draft."));
    }

    public void Dispose() => content.Dispose();
}
