using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Rendering;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Citations;

/// <summary>What a reader sees of <c>[@key]</c>: small numbered links into the article's own source list, and back.</summary>
public sealed class CitationRenderingTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static readonly Source[] Sources =
    [
        new("maker-guide", "Maker's guide", "https://example.org/guide"),
        new("drug-label", "Drug label", "https://example.org/label"),
        new("fda-notice", "FDA notice", "https://example.org/fda"),
    ];

    private static (RenderedBody Body, AngleSharp.Dom.IDocument Page, List<Diagnostic> Diagnostics) Render(string markdown)
    {
        var diagnostics = new List<Diagnostic>();
        var body = Renderer.Render("basics/page.md", "basics/page", markdown, diagnostics, sources: Sources)!;
        return (body, Html.Parse(body.Html), diagnostics);
    }

    [Fact]
    public void A_citation_is_a_numbered_link_to_its_place_in_the_source_list_read_out_as_source_n()
    {
        var (_, page, diagnostics) = Render("The label says so [@drug-label]. The guide too [@maker-guide]. And [@fda-notice].");

        var links = page.QuerySelectorAll("sup.citation a").ToArray();
        Assert.Equal(["2", "1", "3"], links.Select(Html.Text));
        Assert.Equal(["#source-drug-label", "#source-maker-guide", "#source-fda-notice"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["source 2", "source 1", "source 3"], links.Select(a => a.GetAttribute("aria-label")));
        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Fact]
    public void Several_keys_in_one_citation_become_one_group_of_links_in_the_order_written()
    {
        var (_, page, _) = Render("Both agree [@fda-notice; @maker-guide].");

        var group = Assert.Single(page.QuerySelectorAll("sup.citation"));
        Assert.Equal("[3, 1]", Html.Text(group));
        Assert.Equal(["#source-fda-notice", "#source-maker-guide"], group.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Every_citation_has_its_own_id_and_the_source_list_links_back_to_the_first()
    {
        var (body, page, _) = Render("One [@drug-label]. Two [@drug-label]. Three [@maker-guide; @fda-notice].");

        var ids = page.QuerySelectorAll("sup.citation a").Select(a => a.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        var label = body.Sources.Single(s => s.Source.Key == "drug-label");
        Assert.Equal(2, label.Number);
        Assert.Equal(ids[0], label.FirstCitationId);
    }

    [Fact]
    public void The_source_list_keeps_the_front_matter_order_and_numbers()
    {
        var (body, _, _) = Render("Cited late [@fda-notice]. Then first [@maker-guide]. Then [@drug-label].");

        Assert.Equal(["maker-guide", "drug-label", "fda-notice"], body.Sources.Select(s => s.Source.Key));
        Assert.Equal([1, 2, 3], body.Sources.Select(s => s.Number));
    }

    [Fact]
    public void Text_in_brackets_that_is_not_a_citation_and_ordinary_links_are_left_alone()
    {
        var (_, page, _) = Render("Email [@ the clinic] or read [the guide](https://example.org/guide). Not [a@b].");

        Assert.Empty(page.QuerySelectorAll("sup.citation"));
        Assert.Contains("[@ the clinic]", Html.Text(page.Body));
        Assert.Equal("https://example.org/guide", page.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public void A_citation_inside_a_list_item_table_cell_and_callout_is_rendered_too()
    {
        var (_, page, _) = Render("- slow breathing [@drug-label]\n\n| a | b |\n|---|---|\n| 20 mL [@maker-guide] | x |\n\n:::urgent\n- fever [@fda-notice]\n\nCall 911 now.\n:::");

        Assert.Equal(["2", "1", "3"], page.QuerySelectorAll("sup.citation a").Select(Html.Text));
    }

    [Fact]
    public void A_citation_is_not_part_of_the_words_search_and_the_reading_level_see()
    {
        var (body, _, _) = Render("## Breathing\n\nBreathing can slow [@drug-label].");

        var passage = body.Passages.Single(p => p.Heading?.Text == "Breathing");
        Assert.Equal("Breathing can slow.", passage.Text);
    }
}
