using PainPumpInfo.Content.Loading;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Tests.Content;

/// <summary>Front matter becomes a typed record, or a diagnostic that names the file line and what to do.</summary>
public sealed class FrontMatterParserTests
{
    private static (FrontMatter? Front, List<Diagnostic> Diagnostics) Parse(string text)
    {
        var diagnostics = new List<Diagnostic>();
        return (FrontMatterParser.Parse("topic/page.md", text.Replace("\r\n", "\n"), diagnostics), diagnostics);
    }

    private const string Valid = """
        ---
        title: Refilling your pump
        description: What happens at a refill visit.
        section: living-with-a-pump
        order: 3
        last_reviewed: 2026-11-01
        reviewed_by: Jane Doe, RN
        sources:
          - key: makers-guide
            title: Maker's guide
            url: https://example.org/guide
        aliases: [/refills, /Old-Refills/]
        related: [risks]
        draft: true
        ---
        Body.
        """;

    [Fact]
    public void Valid_front_matter_becomes_a_typed_record()
    {
        var (front, diagnostics) = Parse(Valid);

        Assert.Empty(diagnostics);
        Assert.NotNull(front);
        Assert.Equal("Refilling your pump", front.Title);
        Assert.Equal("What happens at a refill visit.", front.Description);
        Assert.Equal("living-with-a-pump", front.Section);
        Assert.Equal(3, front.Order);
        Assert.Equal(new DateOnly(2026, 11, 1), front.LastReviewed);
        Assert.Equal(new DateOnly(2027, 11, 1), front.NextReview);
        Assert.Equal("Jane Doe, RN", front.ReviewedBy);
        Assert.Equal([new Source("makers-guide", "Maker's guide", "https://example.org/guide")], front.Sources);
        Assert.Equal(["refills", "old-refills"], front.Aliases);
        Assert.Equal(["risks"], front.Related);
        Assert.True(front.Draft);
    }

    [Theory]
    [InlineData("title: Refilling your pump\n", "'title' is missing")]
    [InlineData("description: What happens at a refill visit.\n", "'description' is missing")]
    [InlineData("last_reviewed: 2026-11-01\n", "'last_reviewed' is missing")]
    public void A_missing_required_field_is_an_error_naming_the_field(string removedLine, string message)
    {
        var (front, diagnostics) = Parse(Valid.Replace(removedLine, ""));

        Assert.Null(front);
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Contains(message, error.Message);
        Assert.Equal("topic/page.md", error.Path);
    }

    [Fact]
    public void Missing_sources_are_an_error()
    {
        var (front, diagnostics) = Parse(Valid.Replace("sources:\n  - key: makers-guide\n    title: Maker's guide\n    url: https://example.org/guide\n", ""));

        Assert.Null(front);
        Assert.Contains(diagnostics, d => d.IsError && d.Message.Contains("'sources' is missing"));
    }

    [Theory]
    [InlineData("order: 3", "order: first", 5, "'order' has the wrong type: it should be a whole number")]
    [InlineData("last_reviewed: 2026-11-01", "last_reviewed: 2026-13-45", 6, "'last_reviewed' has the wrong type: it should be a date")]
    [InlineData("last_reviewed: 2026-11-01", "last_reviewed: last week", 6, "'last_reviewed' has the wrong type: it should be a date")]
    [InlineData("draft: true", "draft: maybe", 14, "'draft' has the wrong type: it should be true or false")]
    [InlineData("aliases: [/refills, /Old-Refills/]", "aliases: /refills", 12, "'aliases' has the wrong type")]
    public void A_wrong_type_is_an_error_on_the_line_of_the_field(string original, string replacement, int line, string message)
    {
        var (front, diagnostics) = Parse(Valid.Replace(original, replacement));

        Assert.Null(front);
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_yaml_syntax_error_is_reported_at_its_line_in_the_file_not_in_the_yaml()
    {
        var (front, diagnostics) = Parse(Valid.Replace("order: 3", "order: [3"));

        Assert.Null(front);
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.StartsWith("YAML", error.Message);
        Assert.InRange(error.Line, 5, 7);
    }

    [Fact]
    public void A_description_over_160_characters_is_an_error()
    {
        var (_, diagnostics) = Parse(Valid.Replace("What happens at a refill visit.", new string('a', 161)));

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(3, error.Line);
        Assert.Contains("161 characters", error.Message);
    }

    [Fact]
    public void An_unknown_field_is_a_warning_that_suggests_the_field_meant()
    {
        var (front, diagnostics) = Parse(Valid.Replace("title: Refilling your pump", "title: Refilling your pump\ntitel: Typo"));

        Assert.NotNull(front);
        var warning = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(3, warning.Line);
        Assert.Contains("did you mean 'title'?", warning.Message);
    }

    [Fact]
    public void A_field_given_twice_is_an_error()
    {
        var (_, diagnostics) = Parse(Valid.Replace("order: 3", "order: 3\norder: 4"));

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal(6, error.Line);
        Assert.Contains("'order' appears more than once", error.Message);
    }

    [Theory]
    [InlineData("title: x\n\nBody without front matter", "does not start with front matter")]
    [InlineData("---\ntitle: x\ndescription: y\n\nBody, but the front matter never closes", "not closed")]
    public void A_file_without_front_matter_fences_says_how_to_add_them(string text, string message)
    {
        var (front, diagnostics) = Parse(text);

        Assert.Null(front);
        var error = Assert.Single(diagnostics);
        Assert.Equal(1, error.Line);
        Assert.Contains(message, error.Message);
        Assert.Contains("---", error.Hint);
    }

    [Fact]
    public void A_source_without_a_web_address_is_an_error()
    {
        var (_, diagnostics) = Parse(Valid.Replace("url: https://example.org/guide", "url: see the leaflet"));

        Assert.Contains(diagnostics, d => d.IsError && d.Message.Contains("source 1 needs a web address"));
    }
}
