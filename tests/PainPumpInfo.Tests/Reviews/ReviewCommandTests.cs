using System.Text;
using PainPumpInfo.Content;
using PainPumpInfo.Content.Loading;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Reviews;

/// <summary>`review ROUTE --by KEY` appends one record to reviews.yml, refuses what does not exist, and never rewrites what is there.</summary>
public sealed class ReviewCommandTests : IDisposable
{
    private readonly TempContent content = Reviewing.Content();

    public ReviewCommandTests()
    {
        content.Write("basics/refills.md", Articles.Valid("Refills", "A nurse refills the pump.", "section: basics\naliases: [/basics/old-refills]"));
        content.Write("basics/preview.md", Articles.Valid("Preview", extra: "section: basics\ndraft: true"));
    }

    private string ReviewsFile => Reviewing.ReviewsPath(content);

    private byte[] ReviewsBytes() => File.ReadAllBytes(ReviewsFile);

    /// <summary>The records as the site reads them, through the same loader that serves pages.</summary>
    private PainPumpInfo.Content.Reviews.ClinicalReviews Loaded() =>
        new ContentLoader(new ContentOptions(content.Path) { IncludeDrafts = true }).Load().Reviews;

    private string HashOfRefills() =>
        new ContentLoader(new ContentOptions(content.Path)).Load().Find("basics/refills")!.ReviewHash;

    [Fact]
    public void A_review_is_appended_with_the_route_reviewer_date_and_hash_of_the_text_and_exits_zero()
    {
        var (exit, output) = Reviewing.Review(content, "basics/refills", "jdoe", "Checked against the label", new DateOnly(2026, 11, 20));

        Assert.Equal(0, exit);
        Assert.Contains("Reviewed by Jane Doe, MD, pain medicine on 2026-11-20", output);
        var record = Assert.Single(Loaded().Records);
        Assert.Equal(("basics/refills", "jdoe", new DateOnly(2026, 11, 20), HashOfRefills(), "Checked against the label"),
            (record.Route, record.ReviewerKey, record.Date, record.Hash, record.Note));
        var text = File.ReadAllText(ReviewsFile);
        Assert.StartsWith("# ", text); // a new file explains itself
        Assert.EndsWith($"""
            - route: basics/refills
              reviewer: jdoe
              date: 2026-11-20
              hash: {HashOfRefills()}
              note: "Checked against the label"

            """, text);
    }

    [Fact]
    public void Appending_leaves_every_byte_of_the_existing_file_as_it_was()
    {
        var handWritten = "# our reviews\r\n- route: basics/refills   # first one\r\n  reviewer: asmith\r\n  date: 2026-01-05\r\n"
            + $"  hash: {HashOfRefills()}\r\n  note: 'hand: written'\r\n\r\n# a comment at the end, no line end";
        File.WriteAllBytes(ReviewsFile, Encoding.UTF8.GetBytes(handWritten));
        var before = ReviewsBytes();

        Assert.Equal(0, Reviewing.Review(content, "basics/refills", "jdoe").Exit);

        var after = ReviewsBytes();
        Assert.True(after.Length > before.Length);
        Assert.Equal(before, after[..before.Length]);
        var added = Encoding.UTF8.GetString(after[before.Length..]);
        Assert.StartsWith("\r\n- route: basics/refills\r\n", added); // the missing line end first, then the file's own CRLF
        Assert.DoesNotContain("\n", added.Replace("\r\n", ""));
        Assert.Equal(["asmith", "jdoe"], Loaded().Records.Select(r => r.ReviewerKey));
    }

    [Theory]
    [InlineData("/basics/refills/")]
    [InlineData("basics/refills.md")]
    [InlineData("basics/old-refills")]
    public void The_page_can_be_named_by_its_address_its_file_or_an_old_address_and_is_recorded_under_its_address(string route)
    {
        Assert.Equal(0, Reviewing.Review(content, route, "jdoe").Exit);
        Assert.Equal("basics/refills", Assert.Single(Loaded().Records).Route);
    }

    [Fact]
    public void A_draft_can_be_reviewed_before_it_goes_live()
    {
        Assert.Equal(0, Reviewing.Review(content, "basics/preview", "asmith").Exit);
        Assert.Equal("basics/preview", Assert.Single(Loaded().Records).Route);
    }

    [Fact]
    public void A_page_that_does_not_exist_is_refused_with_exit_code_two_and_a_suggestion_and_nothing_is_written()
    {
        var (exit, output) = Reviewing.Review(content, "basics/refils", "jdoe");

        Assert.Equal(2, exit);
        Assert.Contains("no page at /basics/refils: did you mean basics/refills?", output);
        Assert.False(File.Exists(ReviewsFile));
    }

    [Fact]
    public void An_unknown_reviewer_is_refused_with_exit_code_two_and_a_suggestion_and_nothing_is_written()
    {
        Reviewing.Reviewed(content, "basics/refills", "jdoe");
        var before = ReviewsBytes();

        var (exit, output) = Reviewing.Review(content, "basics/refills", "jdo");

        Assert.Equal(2, exit);
        Assert.Contains("no reviewer 'jdo' in site.yml: did you mean 'jdoe'?", output);
        Assert.Contains("asmith (Alex Smith)", output);
        Assert.Equal(before, ReviewsBytes());
    }

    [Fact]
    public void With_no_reviewers_in_site_yml_the_command_says_where_to_add_one()
    {
        content.Write("site.yml", Articles.SiteYml);

        var (exit, output) = Reviewing.Review(content, "basics/refills", "jdoe");

        Assert.Equal(2, exit);
        Assert.Contains("site.yml lists no reviewers yet", output);
        Assert.False(File.Exists(ReviewsFile));
    }

    [Theory]
    [InlineData]
    [InlineData("basics/refills")]
    [InlineData("--by", "jdoe")]
    public void Missing_arguments_print_the_usage_with_exit_code_two(params string[] args)
    {
        var output = new StringWriter();
        Assert.Equal(2, PainPumpInfo.Web.Commands.ReviewCommand.Run([.. args, "--content", content.Path], output));
        Assert.Contains("usage: review ROUTE --by KEY", output.ToString());
    }

    [Fact]
    public void A_page_whose_file_has_errors_is_refused_until_it_is_fixed()
    {
        content.Write("basics/broken.md", Articles.Valid("Broken", extra: "order: first"));

        var (exit, output) = Reviewing.Review(content, "basics/broken", "jdoe");

        Assert.Equal(2, exit);
        Assert.Contains("cannot be reviewed until basics/broken.md has no errors", output);
    }

    [Fact]
    public void Recording_the_same_review_twice_on_one_day_adds_nothing()
    {
        Reviewing.Reviewed(content, "basics/refills", "jdoe");
        var before = ReviewsBytes();

        var (exit, output) = Reviewing.Review(content, "basics/refills", "jdoe");

        Assert.Equal(0, exit);
        Assert.Contains("Already recorded", output);
        Assert.Equal(before, ReviewsBytes());
    }

    [Fact]
    public void A_review_after_the_text_changed_is_a_new_record()
    {
        Reviewing.Reviewed(content, "basics/refills", "jdoe");
        content.Write("basics/refills.md", Articles.Valid("Refills", "A nurse refills the pump every few months.", "section: basics"));

        Reviewing.Reviewed(content, "basics/refills", "jdoe");

        var records = Loaded().Records;
        Assert.Equal(2, records.Count);
        Assert.NotEqual(records[0].Hash, records[1].Hash);
        Assert.Equal(HashOfRefills(), records[1].Hash);
    }

    [Theory]
    [InlineData("Doses: checked \"as labelled\" # not a comment")]
    [InlineData("Two lines\nand a back\\slash")]
    [InlineData("- looks like a list item: [1, 2] & *star")]
    [InlineData("Ünïcödé, emoji 💊, tab\there")]
    public void Any_note_is_written_so_that_it_reads_back_exactly(string note)
    {
        Reviewing.Reviewed(content, "basics/refills", "jdoe", note);
        Assert.Equal(note, Assert.Single(Loaded().Records).Note);
    }

    [Fact]
    public void A_reviews_file_with_errors_must_be_fixed_first_and_is_not_touched()
    {
        File.WriteAllText(ReviewsFile, "- route: basics/refills\n  note: \"never closed\n");
        var before = ReviewsBytes();

        var (exit, output) = Reviewing.Review(content, "basics/refills", "jdoe");

        Assert.Equal(1, exit);
        Assert.Contains($"{ReviewLogParser.FileName}:", output);
        Assert.Equal(before, ReviewsBytes());
    }

    public void Dispose() => content.Dispose();
}
