namespace PainPumpInfo.Content.Model;

/// <summary>
/// Where one served page stands with its clinical review, worked out once per snapshot from its newest valid review
/// record: pages, <c>check</c> and the review dashboard all read this, so they always agree.
/// </summary>
/// <param name="Review">The newest valid record for the page, or null when it was never reviewed.</param>
/// <param name="Reviewer">Who made <paramref name="Review"/>.</param>
/// <param name="NextDue">When the next review is due: a year after <paramref name="Review"/>'s date. Null when never reviewed.</param>
public sealed record PageReview(Article Article, ReviewState State, ReviewRecord? Review, Reviewer? Reviewer, DateOnly? NextDue)
{
    /// <summary>A review stands for a year; then the page is overdue.</summary>
    public static DateOnly DueAfter(DateOnly reviewed) => reviewed.AddYears(1);

    /// <summary>How far ahead "due soon" looks.</summary>
    public const int DueSoonDays = 30;

    /// <summary>
    /// True when readers see exactly the reviewed text, however close or past its next review: the page may then
    /// name the reviewer, and its structured data may claim the review.
    /// </summary>
    public bool ShowsReview => State is ReviewState.Current or ReviewState.DueSoon or ReviewState.Overdue;

    /// <summary>
    /// For a page changed since its review: when it was updated, from the front matter's <c>last_reviewed</c>, which
    /// editors set when they check a page against its sources. Null when that date is not after the review, because
    /// then the date of the change is not known.
    /// </summary>
    public DateOnly? UpdatedOn =>
        State == ReviewState.ChangedSinceReview && Review is not null && Article.FrontMatter.LastReviewed > Review.Date
            ? Article.FrontMatter.LastReviewed
            : null;

    public static PageReview For(Article article, ReviewRecord? newest, Reviewer? reviewer, DateOnly today)
    {
        if (newest is null || reviewer is null) return new PageReview(article, ReviewState.NeverReviewed, null, null, null);
        var due = DueAfter(newest.Date);
        var state = newest.Hash != article.ReviewHash ? ReviewState.ChangedSinceReview
            : due < today ? ReviewState.Overdue
            : due <= today.AddDays(DueSoonDays) ? ReviewState.DueSoon
            : ReviewState.Current;
        return new PageReview(article, state, newest, reviewer, due);
    }
}
