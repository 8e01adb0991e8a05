using System.Globalization;
using PainPumpInfo.Content.Loading;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Reviews;

/// <summary>
/// Builds a snapshot's <see cref="ClinicalReviews"/>: reads the reviewers and the review records, ties each record to its
/// page, and reports what staff must act on. A broken edit of either file keeps the last good reviewers or records in use,
/// as a broken article keeps its last good version: a typo never takes a review off a page.
/// </summary>
public static class ClinicalReviewsLoader
{
    /// <param name="reviewsFile">reviews.yml's text (null when there is none) and why it could not be read, if it could not.</param>
    /// <param name="articles">Every article that parsed, drafts included: a review of a draft is not a review of nothing.</param>
    /// <param name="served">The articles this snapshot serves, which get a review state.</param>
    public static ClinicalReviews Load(string? siteText, (string? Text, IReadOnlyList<Diagnostic> Unreadable) reviewsFile, IReadOnlyCollection<Article> articles, IReadOnlyCollection<Article> served,
        ClinicalReviews? previous, DateOnly today, List<Diagnostic> diagnostics)
    {
        var reviewerProblems = new List<Diagnostic>();
        var listed = ReviewerListParser.Parse(siteText, reviewerProblems);
        var reviewers = LastGoodIfBroken(listed, reviewerProblems, previous?.Reviewers, SiteSettingsParser.FileName, "reviewers", diagnostics, out _);
        // When site.yml cannot be read at all, its own error says so; one "unknown reviewer" per review would only bury it.
        var reviewersKnown = listed is not null || previous is not null;

        var recordProblems = new List<Diagnostic>(reviewsFile.Unreadable);
        var parsed = reviewsFile.Text is null ? [] : ReviewLogParser.Parse(reviewsFile.Text, today, recordProblems);
        var records = LastGoodIfBroken(parsed, recordProblems, previous?.Records, ReviewLogParser.FileName, "reviews", diagnostics, out var lastGood);

        var newest = NewestByRoute(records, reviewers, reviewersKnown, articles, diagnostics);
        var pages = served.Select(article =>
        {
            var review = newest.GetValueOrDefault(article.Route);
            return PageReview.For(article, review, review is null ? null : reviewers.First(r => r.Key == review.ReviewerKey), today);
        }).ToArray();
        foreach (var page in pages) Report(page, diagnostics);
        return new ClinicalReviews(reviewers, records, lastGood, pages);
    }

    /// <summary>
    /// What a file with errors leaves in use: its previous good version when the site has one, otherwise (at start-up or
    /// in <c>check</c>) the entries that are correct on their own — each review is proven by its hash, so none of them
    /// can claim more than it should.
    /// </summary>
    private static IReadOnlyList<T> LastGoodIfBroken<T>(IReadOnlyList<T>? parsed, List<Diagnostic> problems, IReadOnlyList<T>? previous,
        string file, string what, List<Diagnostic> diagnostics, out bool lastGood)
    {
        diagnostics.AddRange(problems);
        lastGood = (parsed is null || problems.Any(d => d.IsError)) && previous is not null;
        if (!lastGood) return parsed ?? [];
        diagnostics.Add(new Diagnostic(file, 1, 1, Severity.Warning, $"the {what} from the last good version of {file} are still in use",
            "fix the errors in this file and save; the site updates by itself"));
        return previous!;
    }

    /// <summary>Each page's newest review (latest date; of two on one day, the later in the file), from the records that can count.</summary>
    private static Dictionary<string, ReviewRecord> NewestByRoute(IReadOnlyList<ReviewRecord> records, IReadOnlyList<Reviewer> reviewers,
        bool reviewersKnown, IReadOnlyCollection<Article> articles, List<Diagnostic> diagnostics)
    {
        var routes = articles.Select(a => a.Route).ToHashSet();
        // A renamed page keeps its old address in aliases:, and its reviews with it: the hash still says whether the text is the same.
        var aliases = articles.SelectMany(a => a.FrontMatter.Aliases.Select(alias => (alias, a.Route)))
            .Where(x => !routes.Contains(x.alias))
            .DistinctBy(x => x.alias)
            .ToDictionary(x => x.alias, x => x.Route);
        var keys = reviewers.Select(r => r.Key).ToHashSet();

        var newest = new Dictionary<string, ReviewRecord>();
        foreach (var record in records)
        {
            var route = routes.Contains(record.Route) ? record.Route : aliases.GetValueOrDefault(record.Route);
            if (route is null)
            {
                var closest = EditDistance.Closest(record.Route, routes);
                diagnostics.Add(new Diagnostic(ReviewLogParser.FileName, record.Line, record.Column, Severity.Error,
                    $"review of '{record.Route}': there is no page at that address",
                    closest is null ? "write the page's address, like living-with-a-pump/refills" : $"did you mean '{closest}'?"));
            }
            if (!keys.Contains(record.ReviewerKey) && reviewersKnown)
            {
                var closest = EditDistance.Closest(record.ReviewerKey, keys);
                diagnostics.Add(new Diagnostic(ReviewLogParser.FileName, record.Line, record.Column, Severity.Error,
                    $"review by '{record.ReviewerKey}': no reviewer has that key in site.yml",
                    closest is not null ? $"did you mean '{closest}'?"
                        : "list the reviewer under reviewers: in site.yml (keep reviewers who have left, so their reviews still count)"));
            }
            if (route is null || !keys.Contains(record.ReviewerKey)) continue;
            if (!newest.TryGetValue(route, out var before) || record.Date >= before.Date) newest[route] = record;
        }
        return newest;
    }

    private static void Report(PageReview page, List<Diagnostic> diagnostics)
    {
        if (page.Review is not { } review) return;
        var reviewed = review.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var due = page.NextDue!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var command = $"review {page.Article.Route} --by KEY";
        if (page.State == ReviewState.ChangedSinceReview)
            diagnostics.Add(new Diagnostic(page.Article.Path, 1, 1, Severity.Warning,
                $"changed since its clinical review on {reviewed} by {page.Reviewer!.Name}: the page no longer shows that review",
                $"a reviewer reads the page against its sources, then runs: {command}"));
        else if (page.State == ReviewState.Overdue)
            diagnostics.Add(new Diagnostic(page.Article.Path, 1, 1, Severity.Warning,
                $"clinical review overdue: reviewed on {reviewed} by {page.Reviewer!.Name}, due again on {due}",
                $"a reviewer reads the page against its sources, then runs: {command}"));
    }
}
