using PainPumpInfo.Content;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Reviews;

/// <summary>Mistakes in reviews.yml and in site.yml's reviewers: `check` names the file, line and column, and says what to do.</summary>
public sealed class ReviewInputErrorsTests : IDisposable
{
    private readonly TempContent content = Reviewing.Content();
    private readonly string hash;
    private readonly string today = Reviewing.Iso(Reviewing.Today);

    public ReviewInputErrorsTests()
    {
        content.Write("basics/page.md", Articles.Valid("Page", extra: "section: basics"));
        hash = new ContentLoader(new ContentOptions(content.Path)).Load().Find("basics/page")!.ReviewHash;
    }

    private string Record(string route = "basics/page", string reviewer = "jdoe", string? date = null, string? hashValue = null, string extra = "") =>
        $"- route: {route}\n  reviewer: {reviewer}\n  date: {date ?? today}\n  hash: {hashValue ?? hash}\n{extra}";

    private void AssertReports(string reviewsYml, string location, string severity, string message, string? hint = null)
    {
        content.Write("reviews.yml", reviewsYml);
        var (exit, lines) = Reviewing.Check(content);
        var line = lines.FirstOrDefault(l => l.StartsWith($"{location}: {severity}: ") && l.Contains(message));
        Assert.True(line is not null, $"expected '{location}: {severity}: …{message}' in:\n{string.Join("\n", lines)}");
        if (hint is not null) Assert.Contains($"(hint: {hint}", line);
        Assert.Equal(severity == "error" ? 1 : 0, exit);
    }

    [Fact]
    public void A_clean_reviews_file_passes()
    {
        content.Write("reviews.yml", "# reviews\n" + Record(extra: "  note: \"ok\"\n"));
        var (exit, lines) = Reviewing.Check(content);

        Assert.Equal(0, exit);
        Assert.Equal(["1 articles checked in " + content.Path + ": 0 error(s), 0 warning(s)"], lines);
    }

    [Fact]
    public void Broken_yaml_is_an_error_at_its_line()
    {
        AssertReports(Record().Replace("reviewer: jdoe", "reviewer: [jdoe"), "reviews.yml:2:13", "error", "YAML syntax error: a bracket or quote is not closed");
    }

    [Fact]
    public void An_unknown_field_is_a_warning_with_did_you_mean_at_its_line()
    {
        AssertReports(Record(extra: "  nots: checked\n"), "reviews.yml:5:3", "warning", "unknown review field 'nots': did you mean 'note'?");
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_an_error_at_the_value()
    {
        AssertReports(Record(date: "30/11/2026"), "reviews.yml:3:9", "error", "'date' is not a date: '30/11/2026'", "write it as YYYY-MM-DD");
    }

    [Fact]
    public void A_date_in_the_future_is_an_error()
    {
        AssertReports(Record(date: Reviewing.Iso(Reviewing.Today.AddDays(7))), "reviews.yml:3:9", "error", "is in the future");
    }

    [Fact]
    public void A_record_given_twice_is_an_error_on_the_second_naming_the_first()
    {
        AssertReports(Record() + "\n" + Record(), "reviews.yml:6:3", "error", "this review repeats the one on line 1", "delete one of them");
    }

    [Fact]
    public void A_review_by_a_reviewer_not_in_site_yml_is_an_error_at_the_record_with_did_you_mean()
    {
        AssertReports("# first line\n" + Record(reviewer: "jdo"), "reviews.yml:2:3", "error",
            "review by 'jdo': no reviewer has that key in site.yml", "did you mean 'jdoe'?");
    }

    [Fact]
    public void A_review_of_a_page_that_does_not_exist_is_an_error_at_the_record_with_did_you_mean()
    {
        AssertReports(Record(route: "basics/pgae"), "reviews.yml:1:3", "error",
            "review of 'basics/pgae': there is no page at that address", "did you mean 'basics/page'?");
    }

    [Fact]
    public void A_record_without_a_hash_is_an_error()
    {
        AssertReports(Record().Replace($"  hash: {hash}\n", ""), "reviews.yml:1:3", "error", "this review has no 'hash'");
    }

    [Fact]
    public void A_hash_typed_by_hand_is_an_error()
    {
        AssertReports(Record(hashValue: "abc123"), "reviews.yml:4:9", "error", "'hash' is not a review hash");
    }

    [Fact]
    public void A_list_where_text_belongs_is_an_error()
    {
        AssertReports(Record(extra: "  note: [one, two]\n"), "reviews.yml:5:9", "error", "'note' should be text");
    }

    [Fact]
    public void A_file_that_is_not_a_list_is_an_error()
    {
        AssertReports("route: basics/page\nreviewer: jdoe\n", "reviews.yml:1:1", "error", "reviews.yml must be a list of review entries");
    }

    [Fact]
    public void A_second_yaml_document_is_an_error_rather_than_reviews_silently_ignored()
    {
        AssertReports(Record() + "---\n" + Record(reviewer: "asmith"), "reviews.yml:5:1", "error", "more than one YAML document");
    }

    [Fact]
    public void Records_that_are_correct_still_count_when_the_site_starts_with_a_broken_file()
    {
        content.Write("reviews.yml", Record() + Record(reviewer: "asmith", date: "yesterday"));
        var snapshot = new ContentLoader(new ContentOptions(content.Path)).Load();

        Assert.Contains(snapshot.Diagnostics, d => d.IsError && d.Path == "reviews.yml" && d.Line == 7);
        Assert.Equal("jdoe", snapshot.Reviews.For(snapshot.Find("basics/page")!).Reviewer?.Key);
    }

    [Fact]
    public void A_reviewer_without_credentials_is_an_error_at_their_entry()
    {
        content.Write("site.yml", Reviewing.SiteYml.Replace("    credentials: MD, pain medicine\n", ""));
        var (exit, lines) = Reviewing.Check(content);

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith("site.yml:13:5: error: reviewer 'jdoe' has no 'credentials'"));
    }

    [Fact]
    public void Two_reviewers_with_one_key_is_an_error_naming_the_first()
    {
        content.Write("site.yml", Reviewing.SiteYml.Replace("key: asmith", "key: jdoe"));
        var (exit, lines) = Reviewing.Check(content);

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith("site.yml:17:5: error: reviewer key 'jdoe' is already used on line 13"));
    }

    [Fact]
    public void A_misspelt_reviewer_field_is_a_warning_with_did_you_mean()
    {
        content.Write("site.yml", Reviewing.SiteYml.Replace("role: Pain physician", "rolle: Pain physician"));
        var (_, lines) = Reviewing.Check(content);

        Assert.Contains(lines, l => l.StartsWith("site.yml:16:5: warning: unknown reviewer field 'rolle': did you mean 'role'?"));
    }

    [Fact]
    public void A_reviewer_key_with_capitals_or_spaces_is_an_error()
    {
        content.Write("site.yml", Reviewing.SiteYml.Replace("key: asmith", "key: Alex Smith"));
        var (_, lines) = Reviewing.Check(content);

        Assert.Contains(lines, l => l.StartsWith("site.yml:17:5: error: reviewer key 'Alex Smith' can only use lower-case letters, digits and hyphens"));
    }

    public void Dispose() => content.Dispose();
}
