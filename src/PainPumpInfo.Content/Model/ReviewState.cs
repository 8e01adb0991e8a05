namespace PainPumpInfo.Content.Model;

/// <summary>Where a page stands with its clinical review, in the order staff should act on them.</summary>
public enum ReviewState
{
    /// <summary>The text changed after its newest review: no clinician has read what readers now see.</summary>
    ChangedSinceReview,

    /// <summary>The reviewed text is unchanged, but its next review date has passed.</summary>
    Overdue,

    /// <summary>The reviewed text is unchanged and its next review is due within <see cref="PageReview.DueSoonDays"/> days.</summary>
    DueSoon,

    /// <summary>No review has been recorded for the page.</summary>
    NeverReviewed,

    /// <summary>The reviewed text is unchanged and its next review is more than a month away.</summary>
    Current,
}
