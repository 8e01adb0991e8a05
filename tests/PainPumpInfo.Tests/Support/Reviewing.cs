using PainPumpInfo.Web.Commands;

namespace PainPumpInfo.Tests.Support;

/// <summary>Content with two reviewers in site.yml, and the review and check commands run on it the way staff run them.</summary>
public static class Reviewing
{
    public const string Reviewers = """
        reviewers:
          - key: jdoe
            name: Jane Doe
            credentials: MD, pain medicine
            role: Pain physician
          - key: asmith
            name: Alex Smith
            credentials: RN
        """;

    public static string SiteYml => Articles.SiteYml + "\n" + Reviewers + "\n";

    /// <summary>The date the site works with (UTC), which the tests pass to the command too, so both agree near midnight.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static TempContent Content()
    {
        var content = TempContent.Empty();
        content.Write("site.yml", SiteYml);
        return content;
    }

    public static string ReviewsPath(TempContent content) => Path.Combine(content.Path, "reviews.yml");

    public static (int Exit, string Output) Review(TempContent content, string route, string by, string? note = null, DateOnly? on = null)
    {
        var output = new StringWriter();
        string[] args = note is null ? [route, "--by", by, "--content", content.Path] : [route, "--by", by, "--note", note, "--content", content.Path];
        var exit = ReviewCommand.Run(args, output, () => on ?? Today);
        return (exit, output.ToString());
    }

    /// <summary>Records a review and fails the test if the command refuses it.</summary>
    public static void Reviewed(TempContent content, string route, string by, string? note = null, DateOnly? on = null)
    {
        var (exit, output) = Review(content, route, by, note, on);
        Assert.True(exit == 0, $"review {route} --by {by} exited {exit}: {output}");
    }

    public static (int Exit, string[] Lines) Check(TempContent content, params string[] options) => Checking.Run(content.Path, options);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
