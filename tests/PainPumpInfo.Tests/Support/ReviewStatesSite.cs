using AngleSharp.Dom;

namespace PainPumpInfo.Tests.Support;

/// <summary>
/// One site with a page in every review state, each made the way staff would make it: reviews recorded with the
/// review command (on dates relative to today), then edits to the text.
/// </summary>
public sealed class ReviewStatesSite : IDisposable
{
    public static readonly DateOnly Today = Reviewing.Today;
    public static readonly DateOnly CurrentReview = Today;
    public static readonly DateOnly ChangedReview = Today.AddDays(-10);
    public static readonly DateOnly ChangedUpdate = Today.AddDays(-2);
    public static readonly DateOnly DueSoonReview = Today.AddYears(-1).AddDays(10);
    public static readonly DateOnly OverdueReview = Today.AddYears(-1).AddDays(-5);

    public ReviewStatesSite()
    {
        Content = Reviewing.Content();
        Write("current", "Text as reviewed.");
        Write("changed", "Text before the edit.");
        Write("changed-undated", "Text before the edit.", lastReviewed: Today.AddYears(-2));
        Write("due-soon", "Text as reviewed.");
        Write("overdue", "Text as reviewed.");
        Write("never", "Text nobody has reviewed.");

        Reviewing.Reviewed(Content, "basics/overdue", "jdoe", on: OverdueReview);
        Reviewing.Reviewed(Content, "basics/due-soon", "asmith", on: DueSoonReview);
        Reviewing.Reviewed(Content, "basics/changed", "asmith", on: ChangedReview);
        Reviewing.Reviewed(Content, "basics/changed-undated", "asmith", on: ChangedReview);
        Reviewing.Reviewed(Content, "basics/current", "jdoe", "Checked the refill interval against the label", CurrentReview);
        // Editors change the text after its review; one also sets last_reviewed, as the staff guide asks.
        Write("changed", "Text after the edit.", lastReviewed: ChangedUpdate);
        Write("changed-undated", "Text after the edit.", lastReviewed: Today.AddYears(-2));

        Factory = new SiteFactory(Content.Path, settings: new Dictionary<string, string?> { ["Site:ShowContentStatus"] = "true" });
        Client = Factory.Browser();
    }

    public TempContent Content { get; }
    public SiteFactory Factory { get; }
    public HttpClient Client { get; }

    public void Write(string slug, string body, DateOnly? lastReviewed = null)
    {
        var text = Articles.Valid(Title(slug), body, "section: basics");
        if (lastReviewed is { } date) text = text.Replace("last_reviewed: 2026-11-01", "last_reviewed: " + Reviewing.Iso(date));
        Content.Write($"basics/{slug}.md", text);
    }

    public static string Title(string slug) => "Page " + slug;

    public async Task<IDocument> Page(string path) => Html.Parse(await Client.GetStringAsync(path));

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        Content.Dispose();
    }
}
