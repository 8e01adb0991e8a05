namespace PainPumpInfo.Content.Model;

/// <summary>The words staff see for each <see cref="ReviewState"/>, the same in <c>check --reviews</c> and on /_status/reviews.</summary>
public static class ReviewStateLabel
{
    public static string Of(ReviewState state) => state switch
    {
        ReviewState.ChangedSinceReview => "changed since review",
        ReviewState.Overdue => "overdue",
        ReviewState.DueSoon => $"due within {PageReview.DueSoonDays} days",
        ReviewState.NeverReviewed => "never reviewed",
        ReviewState.Current => "current",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
