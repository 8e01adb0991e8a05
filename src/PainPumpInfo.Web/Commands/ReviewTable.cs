using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Reviews;
using PainPumpInfo.Web.Pages;

namespace PainPumpInfo.Web.Commands;

/// <summary><c>check --reviews</c>: every page's review state as a plain-text table, the most urgent first.</summary>
public static class ReviewTable
{
    private static readonly string[] Headings = ["state", "page", "reviewer", "last review", "next due", "note"];

    public static void Write(ClinicalReviews reviews, TextWriter output)
    {
        output.WriteLine($"Review state of {reviews.Pages.Count} pages, the most urgent first:");
        var rows = reviews.Pages.Select(Row).Prepend(Headings).ToArray();
        var widths = Enumerable.Range(0, Headings.Length - 1).Select(column => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
            output.WriteLine(string.Join("  ", row.Select((cell, column) => column < widths.Length ? cell.PadRight(widths[column]) : cell)).TrimEnd());
    }

    private static string[] Row(PageReview page) =>
    [
        ReviewStateLabel.Of(page.State),
        page.Article.Url,
        page.Reviewer?.Key ?? "-",
        page.Review is { } review ? DisplayDate.Iso(review.Date) : "-",
        page.NextDue is { } due ? DisplayDate.Iso(due) : "-",
        page.Review?.Note ?? "",
    ];
}
