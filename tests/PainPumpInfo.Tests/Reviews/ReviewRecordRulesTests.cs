using PainPumpInfo.Content;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Reviews;

/// <summary>Which record decides a page's state, and how the state moves with the date and with renames, at the content model.</summary>
public sealed class ReviewRecordRulesTests : IDisposable
{
    private static readonly DateOnly Day = new(2026, 6, 15);
    private readonly TempContent content = Reviewing.Content();

    public ReviewRecordRulesTests() => content.Write("basics/page.md", Articles.Valid("Page", extra: "section: basics"));

    private ContentSnapshot Load(DateOnly today, bool drafts = false) =>
        new ContentLoader(new ContentOptions(content.Path) { Today = () => today, IncludeDrafts = drafts }).Load();

    private PageReview State(DateOnly today, string route = "basics/page")
    {
        var snapshot = Load(today);
        return snapshot.Reviews.For(snapshot.Find(route)!);
    }

    private string Hash(string route = "basics/page") => Load(Day, drafts: true).Find(route)!.ReviewHash;

    private static string Record(string route, string reviewer, DateOnly date, string hash) =>
        $"- route: {route}\n  reviewer: {reviewer}\n  date: {Reviewing.Iso(date)}\n  hash: {hash}\n";

    [Fact]
    public void The_newest_review_by_date_decides_even_when_an_older_one_is_further_down_the_file()
    {
        content.Write("reviews.yml", Record("basics/page", "asmith", Day, Hash()) + Record("basics/page", "jdoe", Day.AddDays(-20), Hash()));
        Assert.Equal("asmith", State(Day).Reviewer?.Key);
    }

    [Fact]
    public void Of_two_reviews_on_one_day_the_one_further_down_the_file_decides()
    {
        content.Write("reviews.yml", Record("basics/page", "asmith", Day, Hash()) + Record("basics/page", "jdoe", Day, Hash()));
        Assert.Equal("jdoe", State(Day).Reviewer?.Key);
    }

    [Fact]
    public void A_newer_review_of_other_text_makes_the_page_changed_even_if_an_older_review_matches()
    {
        content.Write("reviews.yml", Record("basics/page", "jdoe", Day.AddDays(-20), Hash()) + Record("basics/page", "asmith", Day, new string('a', 64)));
        Assert.Equal(ReviewState.ChangedSinceReview, State(Day).State);
    }

    [Fact]
    public void A_review_by_someone_not_in_site_yml_never_counts()
    {
        content.Write("reviews.yml", Record("basics/page", "jdoe", Day.AddDays(-20), Hash()) + Record("basics/page", "nobody", Day, Hash()));
        Assert.Equal("jdoe", State(Day).Reviewer?.Key);
    }

    [Fact]
    public void A_review_moves_from_current_to_due_soon_to_overdue_with_the_date_alone_and_the_content_version_moves_with_it()
    {
        content.Write("reviews.yml", Record("basics/page", "jdoe", Day, Hash()));
        var due = Day.AddYears(1);

        Assert.Equal((ReviewState.Current, due), (State(due.AddDays(-31)).State, State(due.AddDays(-31)).NextDue!.Value));
        Assert.Equal(ReviewState.DueSoon, State(due.AddDays(-30)).State);
        Assert.Equal(ReviewState.DueSoon, State(due).State);
        Assert.Equal(ReviewState.Overdue, State(due.AddDays(1)).State);
        // Cached pages are keyed on the version, so a new day must give a new one even when no file changed.
        Assert.NotEqual(Load(due).Version, Load(due.AddDays(1)).Version);
    }

    [Fact]
    public void A_renamed_page_keeps_its_reviews_through_its_old_address()
    {
        content.Write("reviews.yml", Record("basics/page", "jdoe", Day, Hash()));
        File.Delete(Path.Combine(content.Path, "basics/page.md"));
        content.Write("basics/renamed.md", Articles.Valid("Page", extra: "section: basics\naliases: [/basics/page]"));

        var snapshot = Load(Day);

        Assert.Equal(ReviewState.Current, snapshot.Reviews.For(snapshot.Find("basics/renamed")!).State);
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_review_of_a_draft_is_no_error_where_drafts_are_not_served()
    {
        content.Write("basics/preview.md", Articles.Valid("Preview", extra: "section: basics\ndraft: true"));
        content.Write("reviews.yml", Record("basics/preview", "jdoe", Day, Hash("basics/preview")));

        var live = Load(Day);

        Assert.Null(live.Find("basics/preview"));
        Assert.DoesNotContain(live.Diagnostics, d => d.Path == "reviews.yml");
    }

    [Fact]
    public void The_shipped_site_lists_no_reviewers_and_no_reviews()
    {
        var shipped = new ContentLoader(new ContentOptions(RepoPaths.Content)).Load();

        Assert.Empty(shipped.Reviews.Reviewers);
        Assert.Empty(shipped.Reviews.Records);
        Assert.All(shipped.Reviews.Pages, page => Assert.Equal(ReviewState.NeverReviewed, page.State));
    }

    public void Dispose() => content.Dispose();
}
