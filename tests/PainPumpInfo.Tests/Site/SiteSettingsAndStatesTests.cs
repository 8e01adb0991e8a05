using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Site;

/// <summary>Pages over small, purpose-made content: site.yml settings, reviewers, aliases, drafts, the error page.</summary>
public sealed class SiteSettingsAndStatesTests : IDisposable
{
    private readonly TempContent content = TempContent.WithSiteSettings();

    public SiteSettingsAndStatesTests()
    {
        content.Write("basics/first.md", Articles.Valid("First page", "Hello.", "section: basics\norder: 1\naliases: [/old-first]"));
        content.Write("basics/reviewed.md", Articles.Valid("Reviewed page", "Hello.", "section: basics\norder: 2\nreviewed_by: Jane Doe, RN"));
        content.Write("basics/unfinished.md", Articles.Valid("Unfinished page", "Hello.", "section: basics\ndraft: true"));
    }

    private async Task<(HttpResponseMessage, AngleSharp.Dom.IDocument)> Get(SiteFactory factory, string url)
    {
        var response = await factory.Browser().GetAsync(url);
        return (response, Html.Parse(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_disclaimer_site_name_and_clinic_phone_come_from_site_yml()
    {
        using var factory = new SiteFactory(content.Path);
        var (_, page) = await Get(factory, "/basics/first");

        Assert.Contains("Test banner disclaimer, not advice.", Html.Text(page.QuerySelector("[aria-label='Medical disclaimer']")));
        Assert.Contains("Test full footer disclaimer text.", Html.Text(page.QuerySelector("footer")));
        Assert.Equal("First page — Test Site", page.Title);
        Assert.Equal("tel:555-0100", page.QuerySelector("footer a[href^='tel:']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_name_typed_into_reviewed_by_is_not_shown_because_only_recorded_reviews_count()
    {
        using var factory = new SiteFactory(content.Path);
        var (_, typed) = await Get(factory, "/basics/reviewed");
        var (_, unreviewed) = await Get(factory, "/basics/first");

        Assert.DoesNotContain("Jane Doe", Html.Text(typed.QuerySelector("main")));
        Assert.Contains("has not yet been reviewed by a clinician", Html.Text(typed.QuerySelector(".review-info")));
        Assert.Contains("has not yet been reviewed by a clinician", Html.Text(unreviewed.QuerySelector(".review-info")));
    }

    [Fact]
    public async Task The_next_review_date_defaults_to_one_year_after_the_last_review()
    {
        using var factory = new SiteFactory(content.Path);
        var (_, page) = await Get(factory, "/basics/first");

        var dates = page.QuerySelectorAll(".review-info time").Select(t => t.GetAttribute("datetime") ?? "").ToArray();
        Assert.Equal(["2026-11-01", "2027-11-01"], dates);
    }

    [Fact]
    public async Task An_old_address_listed_in_aliases_answers_301_to_the_page()
    {
        using var factory = new SiteFactory(content.Path);
        var response = await factory.Browser().GetAsync("/old-first");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/basics/first", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_draft_is_not_served_in_production_but_is_in_development()
    {
        using var production = new SiteFactory(content.Path, "Production");
        using var development = new SiteFactory(content.Path, "Development");

        Assert.Equal(HttpStatusCode.NotFound, (await production.Browser().GetAsync("/basics/unfinished")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await development.Browser().GetAsync("/basics/unfinished")).StatusCode);
        var (_, home) = await Get(production, "/");
        Assert.DoesNotContain(home.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/basics/unfinished");
    }

    [Fact]
    public async Task A_failure_inside_the_app_shows_the_error_page_with_status_500_and_the_disclaimer()
    {
        using var factory = new SiteFactory(content.Path);
        using var failing = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.Configure<MvcOptions>(o => o.Filters.Add(new ThrowingFilter("/basics/first")))));
        var response = await failing.CreateClient().GetAsync("/basics/first");
        var page = Html.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong", Html.Text(page.QuerySelector("h1")));
        Assert.Contains("Test banner disclaimer, not advice.", Html.Text(page.QuerySelector("[aria-label='Medical disclaimer']")));
        Assert.Contains("Test full footer disclaimer text.", Html.Text(page.QuerySelector("footer")));
    }

    [Fact]
    public async Task An_articles_image_is_served_from_the_content_folder_but_sources_and_settings_are_not()
    {
        content.WriteBytes("images/pump.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        content.Write("basics/pictured.md", Articles.Valid("Pictured", "![A round pump](../images/pump.png)", "section: basics"));
        using var factory = new SiteFactory(content.Path);
        var client = factory.Browser();

        var (_, page) = await Get(factory, "/basics/pictured");
        var src = page.QuerySelector("main img")?.GetAttribute("src");
        Assert.Equal("/images/pump.png", src);
        Assert.Equal("A round pump", page.QuerySelector("main img")?.GetAttribute("alt"));
        var image = await client.GetAsync(src);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/site.yml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/basics/pictured.md")).StatusCode);
    }

    public void Dispose() => content.Dispose();
}
