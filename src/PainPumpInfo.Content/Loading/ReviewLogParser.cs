using System.Globalization;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Loading;

/// <summary>
/// Reads content/reviews.yml: every clinical review ever recorded, oldest first, each a route, a reviewer key, a date,
/// the hash of the text that was reviewed and an optional note. Only what is in the file is checked here; whether the
/// route and the reviewer exist is for <see cref="Reviews.ClinicalReviewsLoader"/>.
/// </summary>
public static class ReviewLogParser
{
    public const string FileName = "reviews.yml";

    /// <summary>
    /// The file only grows (about 200 bytes a review), and it is read as YAML events, never by Markdig, so it may be far
    /// larger than an article: this is some 20,000 reviews.
    /// </summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["route"] = "the page's address, like living-with-a-pump/refills",
        ["reviewer"] = "a reviewer key from site.yml, like jdoe",
        ["date"] = "a date written as YYYY-MM-DD, like 2026-11-01",
        ["hash"] = "the hash the review command wrote",
        ["note"] = "text",
    };

    /// <param name="today">Reviews dated after tomorrow are refused (tomorrow allows for time zones).</param>
    /// <returns>The records that are correct on their own, in file order.</returns>
    public static IReadOnlyList<ReviewRecord> Parse(string text, DateOnly today, List<Diagnostic> diagnostics)
    {
        var records = YamlRecordReader.Read(new YamlText(FileName, text, FirstLine: 1), null, Fields, "review", diagnostics);
        var reviews = new List<ReviewRecord>();
        var seen = new Dictionary<(string, string, DateOnly, string), int>();
        foreach (var record in records ?? [])
        {
            var before = diagnostics.Count(d => d.IsError);
            void Error(string message, string hint, YamlField? at = null) =>
                diagnostics.Add(new Diagnostic(FileName, at?.Line ?? record.Line, at?.Column ?? record.Column, Severity.Error, message, hint));

            foreach (var required in new[] { "route", "reviewer", "date", "hash" })
                if (record.Text(required).Length == 0)
                    Error($"this review has no '{required}'", $"every review needs {string.Join(", ", Fields.Keys.SkipLast(1))}; record reviews with the review command");

            var route = record.Text("route").Trim('/');
            var date = default(DateOnly);
            if (record.Fields.TryGetValue("date", out var dateField) && record.Text("date").Length > 0)
            {
                if (!DateOnly.TryParseExact(record.Text("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
                    Error($"'date' is not a date: '{record.Text("date")}'", "write it as YYYY-MM-DD, like 2026-11-01", dateField);
                else if (date > today.AddDays(1))
                    Error($"the review date {record.Text("date")} is in the future", "a review is recorded on the day it is made", dateField);
            }
            var hash = record.Text("hash");
            if (hash.Length > 0 && !ReviewHash.IsWellFormed(hash))
                Error("'hash' is not a review hash (64 letters and digits, 0-9 and a-f)",
                    "the review command writes it; a hash typed by hand cannot match any page", record.Fields["hash"]);

            if (diagnostics.Count(d => d.IsError) > before) continue;
            var reviewer = record.Text("reviewer");
            if (!seen.TryAdd((route, reviewer, date, hash), record.Line))
            {
                Error($"this review repeats the one on line {seen[(route, reviewer, date, hash)]} (same page, reviewer, date and text)",
                    "delete one of them");
                continue;
            }
            reviews.Add(new ReviewRecord(route, reviewer, date, hash, record.Text("note"), record.Line, record.Column));
        }
        return reviews;
    }
}
