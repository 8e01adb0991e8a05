using PainPumpInfo.Content;
using PainPumpInfo.Content.Loading;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Reviews;
using PainPumpInfo.Web.Hosting;

namespace PainPumpInfo.Web.Commands;

/// <summary>
/// <c>review ROUTE --by KEY [--note TEXT] [--content DIR] [--cache DIR|off]</c>: a reviewer listed in site.yml records that they read the
/// page against its sources today. Appends one record to reviews.yml with the hash of the page's text as it is now.
/// Exit 0 when recorded (or already recorded today), 2 for a page or reviewer that does not exist, 1 when reviews.yml
/// itself must be fixed first.
/// </summary>
public static class ReviewCommand
{
    public const string Usage = "usage: review ROUTE --by KEY [--note TEXT] [--content DIR] [--cache DIR|off]";

    /// <param name="today">The review's date; by default the date where the reviewer is.</param>
    public static int Run(string[] args, TextWriter output, Func<DateOnly>? today = null)
    {
        var route = args.Length > 0 && !args[0].StartsWith("--") ? Normalise(args[0]) : null;
        var key = CommandLine.OptionValue(args, "--by");
        if (route is null || key is null)
        {
            output.WriteLine(Usage);
            return 2;
        }
        var date = (today ?? (() => DateOnly.FromDateTime(DateTime.Now)))();
        var options = new ContentOptions(ContentFolder.Resolve(CommandLine.OptionValue(args, "--content")))
        {
            IncludeDrafts = true, // a page can be reviewed before it goes live
            Today = () => date,
            CacheDirectory = CacheFolder.Resolve(CommandLine.OptionValue(args, "--cache")),
        };
        var snapshot = new ContentLoader(options).Load();

        var reviewer = snapshot.Reviews.Reviewer(key);
        var article = snapshot.Find(route) ?? (snapshot.Aliases.TryGetValue(route, out var current) ? snapshot.Find(current) : null);
        if (reviewer is null || article is null)
        {
            if (reviewer is null) output.WriteLine(UnknownReviewer(key, snapshot.Reviews.Reviewers));
            if (article is null) output.WriteLine(UnknownPage(route, snapshot));
            output.WriteLine(Usage);
            return 2;
        }

        var file = ReviewLogFile.PathIn(options.ContentPath);
        var problems = ProblemsIn(file, date);
        if (problems.Count > 0)
        {
            output.WriteLine($"{ReviewLogParser.FileName} has errors; fix them before recording a review, so the new one is read:");
            foreach (var problem in problems) output.WriteLine(problem);
            return 1;
        }

        var review = new ReviewRecord(article.Route, reviewer.Key, date, article.ReviewHash, CommandLine.OptionValue(args, "--note")?.Trim() ?? "", 0, 0);
        if (snapshot.Reviews.Records.Any(r => r.Route == review.Route && r.ReviewerKey == review.ReviewerKey && r.Date == date && r.Hash == review.Hash))
        {
            output.WriteLine($"Already recorded: {reviewer.Name} reviewed {article.Url} today, and its text has not changed since. Nothing added.");
            return 0;
        }

        ReviewLogFile.Append(options.ContentPath, review);
        output.WriteLine($"Recorded in {file}: {article.Url} reviewed by {reviewer.NameWithCredentials} on {DateText(date)}.");
        output.WriteLine($"The page now says \"Reviewed by {reviewer.NameWithCredentials} on {DateText(date)}\"; " +
                         $"next review due {DateText(PageReview.DueAfter(date))}. Any change to its title, description, text or sources takes the review off the page.");
        var pageProblems = snapshot.DiagnosticsFor(article.Path);
        if (pageProblems.Count > 0)
            output.WriteLine($"Note: {article.Path} has {pageProblems.Count} problem(s) that check lists.");
        return 0;
    }

    /// <summary>`/living-with-a-pump/refills/` or `living-with-a-pump/refills.md` → `living-with-a-pump/refills`.</summary>
    private static string Normalise(string route)
    {
        var trimmed = route.Trim().Replace('\\', '/').Trim('/');
        return trimmed.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? trimmed[..^3] : trimmed;
    }

    private static string UnknownReviewer(string key, IReadOnlyList<Reviewer> reviewers)
    {
        if (reviewers.Count == 0)
            return $"no reviewer '{key}': site.yml lists no reviewers yet. Add the clinician under reviewers: in site.yml (see content/README.md, \"Clinical review\").";
        var closest = EditDistance.Closest(key, reviewers.Select(r => r.Key));
        var known = string.Join(", ", reviewers.Select(r => $"{r.Key} ({r.Name})"));
        return $"no reviewer '{key}' in site.yml{(closest is null ? "" : $": did you mean '{closest}'?")} Reviewers: {known}.";
    }

    private static string UnknownPage(string route, ContentSnapshot snapshot)
    {
        var file = snapshot.Files.Values.FirstOrDefault(f => RoutePath.FromFile(f.Path) == route);
        if (file is not null)
            return $"the page /{route} cannot be reviewed until {file.Path} has no errors: run check and fix them first.";
        var closest = EditDistance.Closest(route, snapshot.Articles.Keys);
        return $"no page at /{route}{(closest is null ? "" : $": did you mean {closest}?")} Write the page's address, like living-with-a-pump/refills.";
    }

    /// <summary>Errors in reviews.yml's own text. A record appended after broken YAML could be swallowed by it, so those come first.</summary>
    private static IReadOnlyList<Diagnostic> ProblemsIn(string file, DateOnly today)
    {
        if (!File.Exists(file)) return [];
        var problems = new List<Diagnostic>();
        ReviewLogParser.Parse(File.ReadAllText(file), today, problems);
        return problems.Where(p => p.IsError).ToArray();
    }

    private static string DateText(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
