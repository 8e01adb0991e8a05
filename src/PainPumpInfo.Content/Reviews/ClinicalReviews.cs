using System.Collections.Frozen;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Reviews;

/// <summary>
/// The snapshot's clinical reviews: the reviewers from site.yml, the review records in use from reviews.yml, and
/// where every served page stands, worked out once when content loads.
/// </summary>
public sealed class ClinicalReviews
{
    private readonly FrozenDictionary<string, PageReview> byRoute;

    public ClinicalReviews(IReadOnlyList<Reviewer> reviewers, IReadOnlyList<ReviewRecord> records, bool recordsAreLastGood, IEnumerable<PageReview> pages)
    {
        Reviewers = reviewers;
        Records = records;
        RecordsAreLastGood = recordsAreLastGood;
        Pages = MostUrgentFirst(pages);
        byRoute = Pages.ToFrozenDictionary(p => p.Article.Route);
    }

    public static ClinicalReviews None { get; } = new([], [], false, []);

    public IReadOnlyList<Reviewer> Reviewers { get; }

    /// <summary>The review records in use, in file order (oldest first).</summary>
    public IReadOnlyList<ReviewRecord> Records { get; }

    /// <summary>True when reviews.yml has errors and the records of its last good version are still in use.</summary>
    public bool RecordsAreLastGood { get; }

    /// <summary>Every served page, the one that most needs a clinician first (see <see cref="MostUrgentFirst"/>).</summary>
    public IReadOnlyList<PageReview> Pages { get; }

    public PageReview For(Article article) =>
        byRoute.GetValueOrDefault(article.Route) ?? new PageReview(article, ReviewState.NeverReviewed, null, null, null);

    public Reviewer? Reviewer(string key) => Reviewers.FirstOrDefault(r => r.Key == key);

    /// <summary>
    /// By state in <see cref="ReviewState"/>'s order — changed pages first, since readers see text no clinician has read,
    /// then overdue and due soon, earliest due date first; then pages never reviewed, and current ones — then by route.
    /// </summary>
    public static IReadOnlyList<PageReview> MostUrgentFirst(IEnumerable<PageReview> pages) =>
        pages.OrderBy(p => p.State)
            .ThenBy(p => p.NextDue ?? DateOnly.MaxValue)
            .ThenBy(p => p.Article.Route, StringComparer.Ordinal)
            .ToArray();
}
