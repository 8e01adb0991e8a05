using PainPumpInfo.Tests.Support;
using PainPumpInfo.Web.Commands;

namespace PainPumpInfo.Tests.Citations;

/// <summary>`check` holds every article to the citation rules, naming the file, line and column of each problem.</summary>
public sealed class CitationCheckTests : IDisposable
{
    private readonly TempContent content = TempContent.WithSiteSettings();

    private const string FrontMatter = """
        ---
        title: Baclofen
        description: A test page about baclofen.
        last_reviewed: 2026-11-01
        sources:
          - key: gablofen-label
            title: Gablofen label
            url: https://example.org/gablofen
          - key: lioresal-safety
            title: Lioresal safety
            url: https://example.org/lioresal
        ---

        """;

    private string[] Check(string body)
    {
        content.Write("medicines/baclofen.md", FrontMatter + body);
        return Checking.Run(content.Path).Lines;
    }

    private static void AssertClean(string[] lines) =>
        Assert.True(lines.Length == 1 && lines[0].EndsWith("0 error(s), 0 warning(s)"), string.Join('\n', lines));

    [Fact]
    public void A_citation_of_a_key_the_article_does_not_list_is_an_error_at_its_line_and_column_with_did_you_mean()
    {
        var lines = Check("Both labels agree [@gablofen-label].\n\nIt can cause seizures [@lioresal-safty].\n");

        Assert.Contains(lines, l => l.StartsWith("medicines/baclofen.md:15:23: error: ") && l.Contains("[@lioresal-safty]") && l.Contains("did you mean [@lioresal-safety]?"));
    }

    [Fact]
    public void An_article_with_an_unknown_citation_fails_check()
    {
        content.Write("medicines/baclofen.md", FrontMatter + "It can cause seizures [@no-such-source] [@gablofen-label] [@lioresal-safety].\n");
        var exit = CheckCommand.Run(["--content", content.Path], new StringWriter());

        Assert.Equal(1, exit);
    }

    [Fact]
    public void A_listed_source_that_is_never_cited_is_a_warning_on_its_key_line()
    {
        var lines = Check("It can cause seizures [@lioresal-safety].\n");

        Assert.Contains(lines, l => l.StartsWith("medicines/baclofen.md:6:1: warning: ") && l.Contains("'gablofen-label' is listed but never cited"));
    }

    [Theory]
    [InlineData("Watch closely for 24 hours.", "Watch closely for 24 hours.")]
    [InlineData("It happened in 7% of people.", "7% of people")]
    [InlineData("About 3 in 100 people get it.", "3 in 100")]
    [InlineData("- a fever over 38 degrees", "a fever over 38 degrees")]
    [InlineData("| Reservoir |\n|---|\n| 20 mL |", "20 mL")]
    [InlineData(":::urgent\nBreathing below 8 breaths a minute.\n\nCall 911 now.\n:::", "below 8 breaths")]
    public void A_sentence_list_item_or_table_cell_with_a_number_and_no_citation_is_a_warning(string markdown, string quoted)
    {
        var lines = Check("Baclofen relaxes muscles [@gablofen-label; @lioresal-safety].\n\n" + markdown + "\n");

        Assert.Contains(lines, l => l.StartsWith("medicines/baclofen.md:") && l.Contains(": warning: a number with no citation") && l.Contains(quoted));
    }

    [Fact]
    public void Only_the_uncited_sentence_of_a_paragraph_is_reported_on_its_own_line()
    {
        var lines = Check("Baclofen relaxes muscles [@lioresal-safety]. It is approved from age 4 [@gablofen-label].\nAbout 27 cases were reported.\n");

        var warning = Assert.Single(lines, l => l.Contains("a number with no citation"));
        Assert.StartsWith("medicines/baclofen.md:14:1: warning: ", warning);
        Assert.Contains("About 27 cases were reported.", warning);
    }

    [Theory]
    [InlineData("It is approved from age 4 [@gablofen-label].")]
    [InlineData("It is approved from age 4.[@gablofen-label]")]
    [InlineData("It is approved from age 4. [@gablofen-label]")]
    [InlineData("- approved from age 4 [@gablofen-label]")]
    [InlineData("If you cannot wake them, call 911. Report problems on 1-800-FDA-1088 or 1-800-510-6735 [@gablofen-label].")]
    [InlineData("## Step 2: the pump\n\nCall 911 now [@gablofen-label].")]
    public void Cited_numbers_emergency_numbers_and_headings_pass(string markdown)
    {
        AssertClean(Check("Seizures can happen [@lioresal-safety].\n\n" + markdown + "\n"));
    }

    [Theory]
    [InlineData("", "source 1 has no key")]
    [InlineData("key: Gablofen Label", "can only use lower-case letters, digits and hyphens")]
    [InlineData("key: lioresal-safety", "'lioresal-safety' is used twice")]
    public void A_source_without_a_proper_key_is_an_error_in_the_front_matter(string keyLine, string message)
    {
        var front = FrontMatter.Replace("  - key: gablofen-label\n    title", keyLine.Length == 0 ? "  - title" : $"  - {keyLine}\n    title");
        content.Write("medicines/baclofen.md", front + "Text [@lioresal-safety].\n");
        var output = new StringWriter();
        var exit = CheckCommand.Run(["--content", content.Path], output);

        Assert.Equal(1, exit);
        Assert.Contains(output.ToString().Split('\n'), l => l.StartsWith("medicines/baclofen.md:5:1: error: ") && l.Contains(message));
    }

    public void Dispose() => content.Dispose();
}
