using System.Globalization;
using System.Net;
using PainPumpInfo.Tests.Support;
using static PainPumpInfo.Tests.Support.ReviewStatesSite;

namespace PainPumpInfo.Tests.Reviews;

/// <summary>For each review state: what the page says, what its structured data claims, the dashboard row and what check reports.</summary>
public sealed class ReviewStatesTests(ReviewStatesSite site) : IClassFixture<ReviewStatesSite>
{
    private static string Long(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    private async Task<string> ReviewInfo(string slug) => Html.Text((await site.Page("/basics/" + slug)).QuerySelector(".review-info"));

    [Theory]
    [InlineData("current", "jdoe")]
    [InlineData("due-soon", "asmith")]
    [InlineData("overdue", "jdoe")]
    public async Task A_page_showing_the_reviewed_text_names_the_reviewer_the_date_and_the_next_review(string slug, string reviewer)
    {
        var (name, reviewed) = reviewer == "jdoe" ? ("Jane Doe, MD, pain medicine", slug == "current" ? CurrentReview : OverdueReview) : ("Alex Smith, RN", DueSoonReview);

        var info = await ReviewInfo(slug);

        Assert.Contains($"Reviewed by {name} on {Long(reviewed)}.", info);
        Assert.Contains($"Next review due: {Long(reviewed.AddYears(1))}.", info);
        Assert.DoesNotContain("not yet", info);
    }

    [Fact]
    public async Task A_page_changed_since_its_review_says_when_it_was_updated_and_names_no_reviewer()
    {
        var info = await ReviewInfo("changed");

        Assert.Contains($"Updated on {Long(ChangedUpdate)}, after its last clinical review on {Long(ChangedReview)}.", info);
        Assert.Contains("A clinician has not yet reviewed this version of the page.", info);
        Assert.DoesNotContain("Alex Smith", Html.Text((await site.Page("/basics/changed")).QuerySelector("main")));
    }

    [Fact]
    public async Task A_changed_page_whose_last_reviewed_date_is_older_than_the_review_does_not_invent_an_update_date()
    {
        var info = await ReviewInfo("changed-undated");

        Assert.Contains($"Updated after its last clinical review on {Long(ChangedReview)}.", info);
        Assert.DoesNotContain("Updated on", info);
    }

    [Fact]
    public async Task A_page_never_reviewed_says_so_as_before()
    {
        var info = await ReviewInfo("never");

        Assert.Contains("This page has not yet been reviewed by a clinician.", info);
        Assert.DoesNotContain("Reviewed by", info);
    }

    [Theory]
    [InlineData("current", "Jane Doe", "MD, pain medicine", "Pain physician")]
    [InlineData("due-soon", "Alex Smith", "RN", null)]
    [InlineData("overdue", "Jane Doe", "MD, pain medicine", "Pain physician")]
    public async Task The_structured_data_of_reviewed_text_carries_the_reviewer_as_a_person_and_the_review_date(
        string slug, string name, string credentials, string? role)
    {
        var page = JsonLdBlocks.Single(await site.Page("/basics/" + slug), "MedicalWebPage");
        var person = page.GetProperty("reviewedBy");
        var reviewed = slug switch { "current" => CurrentReview, "due-soon" => DueSoonReview, _ => OverdueReview };

        Assert.Equal("Person", JsonLdBlocks.Text(person, "@type"));
        Assert.Equal(name, JsonLdBlocks.Text(person, "name"));
        Assert.Equal(credentials, JsonLdBlocks.Text(person, "honorificSuffix"));
        Assert.Equal(role, JsonLdBlocks.Text(person, "jobTitle"));
        Assert.Equal(Reviewing.Iso(reviewed), JsonLdBlocks.Text(page, "lastReviewed"));
    }

    [Theory]
    [InlineData("changed")]
    [InlineData("changed-undated")]
    [InlineData("never")]
    public async Task The_structured_data_of_a_changed_or_unreviewed_page_claims_no_review(string slug)
    {
        var page = JsonLdBlocks.Single(await site.Page("/basics/" + slug), "MedicalWebPage");

        Assert.False(page.TryGetProperty("reviewedBy", out _));
        Assert.False(page.TryGetProperty("lastReviewed", out _));
    }

    [Fact]
    public async Task The_dashboard_lists_every_page_the_most_urgent_first_with_its_reviewer_dates_state_note_and_link()
    {
        var response = await site.Client.GetAsync("/_status/reviews");
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        var rows = page.QuerySelectorAll("table tbody tr")
            .Select(tr => tr.Children.Select(Html.Text).ToArray())
            .ToArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string[][] expected =
        [
            [Title("changed"), "changed since review", "Alex Smith, RN", Reviewing.Iso(ChangedReview), Reviewing.Iso(ChangedReview.AddYears(1)), ""],
            [Title("changed-undated"), "changed since review", "Alex Smith, RN", Reviewing.Iso(ChangedReview), Reviewing.Iso(ChangedReview.AddYears(1)), ""],
            [Title("overdue"), "overdue", "Jane Doe, MD, pain medicine", Reviewing.Iso(OverdueReview), Reviewing.Iso(OverdueReview.AddYears(1)), ""],
            [Title("due-soon"), "due within 30 days", "Alex Smith, RN", Reviewing.Iso(DueSoonReview), Reviewing.Iso(DueSoonReview.AddYears(1)), ""],
            [Title("never"), "never reviewed", "none", "never", "now", ""],
            [Title("current"), "current", "Jane Doe, MD, pain medicine", Reviewing.Iso(CurrentReview), Reviewing.Iso(CurrentReview.AddYears(1)),
                "Checked the refill interval against the label"],
        ];
        Assert.Equal(expected, rows);
        Assert.Equal(expected.Select(r => "/basics/" + r[0]["Page ".Length..]),
            page.QuerySelectorAll("table tbody tr th a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Jane Doe, MD, pain medicine — Pain physician (key jdoe)", page.QuerySelectorAll("main li").Select(Html.Text));
    }

    [Fact]
    public async Task The_dashboard_is_linked_from_the_content_status_page_never_indexed_and_not_in_the_sitemap()
    {
        var status = await site.Page("/_status/content");
        var dashboard = await site.Page("/_status/reviews");
        var sitemap = await site.Client.GetStringAsync("/sitemap.xml");

        Assert.Contains(status.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/_status/reviews");
        Assert.Equal("noindex, nofollow", dashboard.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.DoesNotContain("_status", sitemap);
        PageAssert.HasDisclaimerBanner(dashboard);
    }

    [Fact]
    public async Task The_dashboard_is_off_in_production_unless_the_status_pages_are_turned_on()
    {
        using var production = new SiteFactory(site.Content.Path);
        using var development = new SiteFactory(site.Content.Path, "Development");

        Assert.Equal(HttpStatusCode.NotFound, (await production.Browser().GetAsync("/_status/reviews")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await development.Browser().GetAsync("/_status/reviews")).StatusCode);
    }

    [Fact]
    public void Check_warns_about_a_changed_page_naming_its_review_date_and_about_an_overdue_review()
    {
        var (exit, lines) = Reviewing.Check(site.Content);

        Assert.Equal(0, exit);
        Assert.Contains(lines, l => l.StartsWith($"basics/changed.md:1:1: warning: changed since its clinical review on {Reviewing.Iso(ChangedReview)} by Alex Smith"));
        Assert.Contains(lines, l => l.StartsWith($"basics/overdue.md:1:1: warning: clinical review overdue: reviewed on {Reviewing.Iso(OverdueReview)}"));
        Assert.Contains("review basics/overdue --by KEY", Assert.Single(lines, l => l.StartsWith("basics/overdue.md:1:1: warning: clinical")));
        Assert.DoesNotContain(lines, l => l.StartsWith("basics/current.md") || l.StartsWith("basics/due-soon.md") || l.StartsWith("basics/never.md"));
    }

    [Fact]
    public void Check_with_reviews_prints_every_page_and_its_state_the_most_urgent_first()
    {
        var (_, lines) = Reviewing.Check(site.Content, "--reviews");

        var heading = Array.FindIndex(lines, l => l.StartsWith("Review state of 6 pages"));
        Assert.True(heading >= 0, string.Join("\n", lines));
        var table = lines[(heading + 1)..(heading + 8)].Select(l => l.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        Assert.Equal(["state", "page", "reviewer", "last review", "next due", "note"], table[0]);
        Assert.Equal(["changed since review", "/basics/changed", "asmith", Reviewing.Iso(ChangedReview), Reviewing.Iso(ChangedReview.AddYears(1))], table[1]);
        Assert.Equal(["changed since review", "/basics/changed-undated"], table[2][..2]);
        Assert.Equal(["overdue", "/basics/overdue", "jdoe"], table[3][..3]);
        Assert.Equal(["due within 30 days", "/basics/due-soon", "asmith"], table[4][..3]);
        Assert.Equal(["never reviewed", "/basics/never", "-", "-", "-"], table[5]);
        Assert.Equal(["current", "/basics/current", "jdoe", Reviewing.Iso(CurrentReview), Reviewing.Iso(CurrentReview.AddYears(1)),
            "Checked the refill interval against the label"], table[6]);
        Assert.StartsWith("6 articles checked", lines[^1]);
    }
}
