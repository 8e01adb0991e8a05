using System.Net;
using PainPumpInfo.Content;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Reviews;

/// <summary>Reviews recorded, text edited and reviews.yml changed while the site runs show without a restart; a broken edit takes no review down.</summary>
public sealed class ReviewLiveReloadTests : IDisposable
{
    private readonly TempContent content = Reviewing.Content();
    private readonly SiteFactory factory;
    private readonly HttpClient client;

    public ReviewLiveReloadTests()
    {
        content.Write("basics/page.md", Articles.Valid("Page", "Text as reviewed.", "section: basics"));
        factory = new SiteFactory(content.Path, settings: SiteFactory.WatcherOnly(new Dictionary<string, string?> { ["Site:ShowContentStatus"] = "true" }));
        client = factory.Browser();
    }

    private async Task<string> ReviewInfo()
    {
        var response = await client.GetAsync("/basics/page");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Html.Text(Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".review-info"));
    }

    private async Task<bool> ClaimsReview() =>
        JsonLdBlocks.Single(Html.Parse(await client.GetStringAsync("/basics/page")), "MedicalWebPage").TryGetProperty("reviewedBy", out _);

    private async Task<string> DashboardState() =>
        Html.Text(Html.Parse(await client.GetStringAsync("/_status/reviews")).QuerySelector("table tbody tr td"));

    private Task Shows(string text) => Eventually.True(async () => (await ReviewInfo()).Contains(text), $"'{text}' on the page");

    private string Hash() => new ContentLoader(new ContentOptions(content.Path)).Load().Find("basics/page")!.ReviewHash;

    private string Record(string reviewer, string date) =>
        $"- route: basics/page\n  reviewer: {reviewer}\n  date: {date}\n  hash: {Hash()}\n";

    [Fact]
    public async Task A_review_recorded_while_the_site_runs_shows_on_the_page_its_structured_data_and_the_dashboard()
    {
        Assert.Contains("not yet been reviewed by a clinician", await ReviewInfo());

        Reviewing.Reviewed(content, "basics/page", "jdoe");

        await Shows("Reviewed by Jane Doe, MD, pain medicine");
        Assert.True(await ClaimsReview());
        Assert.Equal("current", await DashboardState());
    }

    [Fact]
    public async Task Editing_the_text_after_a_review_takes_the_review_off_the_page_until_it_is_reviewed_again()
    {
        Reviewing.Reviewed(content, "basics/page", "jdoe", on: Reviewing.Today.AddDays(-3));
        await Shows("Reviewed by Jane Doe");

        content.Write("basics/page.md", Articles.Valid("Page", "Text changed after the review.", "section: basics"));

        await Shows("after its last clinical review on");
        Assert.DoesNotContain("Jane Doe", await ReviewInfo());
        Assert.False(await ClaimsReview());
        Assert.Equal("changed since review", await DashboardState());

        Reviewing.Reviewed(content, "basics/page", "asmith");
        await Shows("Reviewed by Alex Smith, RN");
        Assert.True(await ClaimsReview());
    }

    [Fact]
    public async Task A_hand_edit_of_reviews_yml_shows_without_a_restart()
    {
        Reviewing.Reviewed(content, "basics/page", "jdoe");
        await Shows("Reviewed by Jane Doe");

        var path = Reviewing.ReviewsPath(content);
        File.WriteAllText(path, File.ReadAllText(path).Replace("reviewer: jdoe", "reviewer: asmith"));
        await Shows("Reviewed by Alex Smith");

        File.WriteAllText(path, "# every review removed\n");
        await Shows("not yet been reviewed by a clinician");
    }

    public static TheoryData<string, string> BrokenEdits() => new()
    {
        { "bad YAML", "- route: basics/page\n  reviewer: [asmith\n" },
        { "a date that is not a date", "- route: basics/page\n  reviewer: jdoe\n  date: last week\n  hash: HASH\n" },
        { "a duplicate record", "RECORD\nRECORD" },
        { "a missing field", "- route: basics/page\n  reviewer: asmith\n  hash: HASH\n" },
    };

    [Theory]
    [MemberData(nameof(BrokenEdits))]
    public async Task A_broken_reviews_yml_keeps_the_last_good_reviews_lists_the_error_and_a_fix_is_picked_up(string what, string broken)
    {
        Reviewing.Reviewed(content, "basics/page", "jdoe");
        await Shows("Reviewed by Jane Doe");
        var today = Reviewing.Iso(Reviewing.Today);

        // Each broken version would show something else if it were read: no review, or Alex Smith's.
        content.Write("reviews.yml", broken.Replace("RECORD", Record("asmith", today)).Replace("HASH", Hash()));

        await Eventually.True(async () =>
            Html.Parse(await client.GetStringAsync("/_status/content")).QuerySelectorAll("td")
                .Any(td => Html.Text(td).StartsWith("reviews.yml:") && !Html.Text(td).StartsWith("reviews.yml:1:1")),
            $"the error in reviews.yml ({what}) on the status page");
        Assert.Contains("Reviewed by Jane Doe", await ReviewInfo());
        Assert.True(await ClaimsReview());
        Assert.Contains("reviews.yml has errors", Html.Text(Html.Parse(await client.GetStringAsync("/_status/reviews")).QuerySelector("main")));

        content.Write("reviews.yml", Record("asmith", today));
        await Shows("Reviewed by Alex Smith");
    }

    [Fact]
    public async Task A_site_yml_that_no_longer_parses_keeps_its_last_good_reviewers()
    {
        Reviewing.Reviewed(content, "basics/page", "jdoe");
        await Shows("Reviewed by Jane Doe");

        content.Write("site.yml", Reviewing.SiteYml.Replace("site_name: Test Site", "site_name: [Test Site"));

        await Eventually.True(async () =>
            Html.Text(Html.Parse(await client.GetStringAsync("/_status/content")).QuerySelector("table")).Contains("site.yml:1:"),
            "the site.yml error on the status page");
        Assert.Contains("Reviewed by Jane Doe, MD, pain medicine", await ReviewInfo());
    }

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
        content.Dispose();
    }
}
