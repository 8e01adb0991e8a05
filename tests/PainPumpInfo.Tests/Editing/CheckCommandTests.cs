using PainPumpInfo.Tests.Support;
using PainPumpInfo.Web.Commands;

namespace PainPumpInfo.Tests.Editing;

/// <summary>`check` names the file, the line and the problem for every kind of mistake an editor makes.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempContent content = TempContent.WithSiteSettings();

    public CheckCommandTests()
    {
        content.Write("basics/target.md", Articles.Valid("Target", "## Alarms\n\nText.", "section: basics"));
    }

    private (int Exit, string[] Lines) Check() => Checking.Run(content.Path);

    private void AssertReports(string location, string severity, string message)
    {
        var (exit, lines) = Check();
        Assert.Contains(lines, l => l.StartsWith($"{location}: {severity}: ") && l.Contains(message));
        Assert.Equal(severity == "error" ? 1 : 0, exit);
    }

    [Fact]
    public void Clean_content_passes_with_a_total_and_exit_code_zero()
    {
        var (exit, lines) = Check();

        Assert.Equal(0, exit);
        Assert.Equal("1 articles checked in " + content.Path + ": 0 error(s), 0 warning(s)", Assert.Single(lines));
    }

    [Fact]
    public void A_yaml_syntax_error_names_its_line_and_column_in_the_md_file()
    {
        content.Write("basics/page.md", Articles.Valid().Replace("title: Test article", "title: [Test article"));
        AssertReports("basics/page.md:2:8", "error", "YAML syntax error");
    }

    [Fact]
    public void A_missing_required_field_is_an_error()
    {
        content.Write("basics/page.md", Articles.Valid().Replace("description: A short description of the test article.\n", ""));
        AssertReports("basics/page.md:1:1", "error", "'description' is missing or empty");
    }

    [Fact]
    public void An_empty_required_field_is_an_error_on_its_line()
    {
        content.Write("basics/page.md", Articles.Valid().Replace("title: Test article", "title: \"\""));
        AssertReports("basics/page.md:2:1", "error", "'title' is missing or empty");
    }

    [Fact]
    public void A_word_where_a_number_belongs_is_a_wrong_type_error()
    {
        content.Write("basics/page.md", Articles.Valid(extra: "order: first"));
        AssertReports("basics/page.md:9:8", "error", "'order' has the wrong type: it should be a whole number");
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_a_wrong_type_error()
    {
        content.Write("basics/page.md", Articles.Valid().Replace("2026-11-01", "1st of November"));
        AssertReports("basics/page.md:4:16", "error", "'last_reviewed' has the wrong type: it should be a date");
    }

    [Fact]
    public void A_description_over_160_characters_is_an_error()
    {
        content.Write("basics/page.md", Articles.Valid().Replace("A short description of the test article.", new string('x', 170)));
        AssertReports("basics/page.md:3:1", "error", "'description' is 170 characters long; the limit is 160");
    }

    [Fact]
    public void An_alias_that_is_another_pages_address_is_an_error()
    {
        content.Write("basics/page.md", Articles.Valid(extra: "aliases: [/basics/target]"));
        AssertReports("basics/page.md:1:1", "error", "alias '/basics/target' is the address of another page (basics/target.md)");
    }

    [Fact]
    public void Two_files_claiming_the_same_old_address_is_an_error()
    {
        content.Write("basics/one.md", Articles.Valid("One", extra: "aliases: [/old]"));
        content.Write("basics/two.md", Articles.Valid("Two", extra: "aliases: [/old]"));
        AssertReports("basics/two.md:1:1", "error", "alias '/old' is also claimed by basics/one.md");
    }

    [Theory]
    [InlineData("search.md")]
    [InlineData("glossary.md")]
    public void An_article_at_an_address_the_site_itself_uses_is_an_error(string file)
    {
        content.Write(file, Articles.Valid());
        AssertReports($"{file}:1:1", "error", "belongs to the site itself");
    }

    [Fact]
    public void A_link_to_an_article_that_does_not_exist_is_an_error_with_a_suggestion()
    {
        content.Write("basics/page.md", Articles.Valid(body: "Intro.\n\nSee [the target](targt.md)."));
        var (_, lines) = Check();
        var line = Assert.Single(lines, l => l.StartsWith("basics/page.md:14:5: error: link to 'basics/targt.md' goes to a page that does not exist"));
        Assert.Contains("did you mean 'basics/target.md'?", line);
    }

    [Fact]
    public void A_link_to_a_heading_that_does_not_exist_is_an_error()
    {
        content.Write("basics/page.md", Articles.Valid(body: "See [alarms](target.md#alarm)."));
        AssertReports("basics/page.md:12:5", "error", "link to '#alarm' in basics/target.md: there is no such heading");
    }

    [Fact]
    public void An_image_file_that_does_not_exist_is_an_error()
    {
        content.Write("basics/page.md", Articles.Valid(body: "![A pump](../images/pump.png)"));
        AssertReports("basics/page.md:12:1", "error", "image 'images/pump.png' does not exist");
    }

    [Fact]
    public void An_image_without_alt_text_is_an_error()
    {
        content.WriteBytes("images/pump.png", [0x89, 0x50, 0x4E, 0x47]);
        content.Write("basics/page.md", Articles.Valid(body: "![](../images/pump.png)"));
        AssertReports("basics/page.md:12:1", "error", "image has no alt text");
    }

    [Fact]
    public void A_file_that_is_not_valid_utf8_is_an_error_on_the_line_of_the_bad_byte()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Articles.Valid(body: "Line eleven.\nCaf\u00e9"));
        var e = bytes.AsSpan().IndexOf([(byte)0xC3, (byte)0xA9]);
        var latin1 = bytes[..e].Append((byte)0xE9).Concat(bytes[(e + 2)..]).ToArray(); // é written in Latin-1
        content.WriteBytes("basics/page.md", latin1);
        AssertReports("basics/page.md:13:1", "error", "not valid UTF-8");
    }

    [Fact]
    public void An_unknown_field_is_a_warning_with_did_you_mean()
    {
        content.Write("basics/page.md", Articles.Valid(extra: "sectoin: basics"));
        AssertReports("basics/page.md:9:1", "warning", "unknown front matter field 'sectoin': did you mean 'section'?");
    }

    [Fact]
    public void A_review_date_in_the_past_is_a_warning()
    {
        content.Write("basics/page.md", Articles.Valid(extra: "next_review: 2020-01-01").Replace("2026-11-01", "2019-01-01"));
        AssertReports("basics/page.md:1:1", "warning", "review overdue: next_review was 2020-01-01");
    }

    [Fact]
    public void A_heading_that_skips_a_level_is_a_warning()
    {
        content.Write("basics/page.md", Articles.Valid(body: "## Part\n\nText.\n\n#### Detail\n\nMore."));
        AssertReports("basics/page.md:16:1", "warning", "heading 'Detail' skips from level 2 to level 4");
    }

    [Fact]
    public void Prose_above_grade_eight_is_a_warning_that_shows_the_grade()
    {
        const string dense = "Intrathecal pharmacological administration necessitates meticulous interdisciplinary evaluation, " +
                             "comprehensive psychological assessment, and individualized therapeutic optimization considerations.";
        content.Write("basics/page.md", Articles.Valid(body: dense));
        var (exit, lines) = Check();

        Assert.Equal(0, exit);
        var warning = Assert.Single(lines, l => l.StartsWith("basics/page.md:1:1: warning: reading level is US grade "));
        var grade = double.Parse(warning.Split("grade ")[1].Split(';')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(grade > 8, $"grade {grade} should be above 8");
    }

    [Fact]
    public void Plain_prose_has_no_reading_level_warning()
    {
        content.Write("basics/page.md", Articles.Valid(body: "The pump sits under your skin. A nurse fills it with a needle. It takes a few minutes."));
        var (_, lines) = Check();
        Assert.DoesNotContain(lines, l => l.Contains("reading level"));
    }

    public void Dispose() => content.Dispose();
}
