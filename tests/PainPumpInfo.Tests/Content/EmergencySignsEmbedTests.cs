using PainPumpInfo.Content.Loading.Emergency;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Emergency;
using PainPumpInfo.Content.Rendering;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Content;

/// <summary>
/// <c>:::emergency-signs LIST</c> embeds a list from content/emergency-signs.yml as the same labelled callout editors
/// write by hand; its citations number into the article's source list, which gains the sources it lacks.
/// </summary>
public sealed class EmergencySignsEmbedTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static readonly EmergencySigns Signs = EmergencySignsParser.Parse(
        File.ReadAllText(Path.Combine(RepoPaths.Content, EmergencySigns.FileName)), "shipped").Signs;

    private static (RenderedBody Body, AngleSharp.Dom.IDocument Page, List<Diagnostic> Diagnostics) Render(
        string markdown, IReadOnlyList<Source>? sources = null, EmergencySigns? signs = null)
    {
        var diagnostics = new List<Diagnostic>();
        var body = Renderer.Render("risks/test.md", "risks/test", markdown, diagnostics, sources: sources, embedded: EmbeddedData.None with { Signs = signs ?? Signs })!;
        return (body, Html.Parse(body.Html), diagnostics);
    }

    [Fact]
    public void The_embed_shows_the_lists_title_signs_and_one_instruction_in_its_callout()
    {
        var (_, page, diagnostics) = Render("Intro.\n\n:::emergency-signs baclofen-overdose\n\nAfter.");

        Assert.Empty(diagnostics);
        var expected = EmergencySignsOracle.List("baclofen-overdose");
        var box = page.QuerySelector(".callout")!;
        Assert.Contains($"callout-{expected.Callout}", box.ClassName);
        Assert.Equal("note", box.GetAttribute("role"));
        Assert.Equal("Urgent: get help now", Html.Text(box.QuerySelector(".callout-label")));
        Assert.Equal(expected.Title, Html.Text(box.QuerySelector("p:nth-of-type(2) strong")));
        Assert.Equal(expected.Signs, box.QuerySelectorAll("li").Select(li => Html.Text(li)[..Html.Text(li).LastIndexOf(" [", StringComparison.Ordinal)]));
        Assert.Equal(expected.Action, Html.Text(box.QuerySelector("p:last-child")));
        Assert.Equal("After.", Html.Text(page.QuerySelector("body > p:last-child")));
    }

    [Fact]
    public void Signs_with_a_stage_are_shown_under_early_and_later_signs()
    {
        var (_, page, _) = Render(":::emergency-signs baclofen-withdrawal");

        var labels = page.QuerySelectorAll(".callout p").Select(Html.Text).Where(t => t.EndsWith("signs:")).ToArray();
        Assert.Equal(["Early signs:", "Later signs:"], labels);
        Assert.Equal(2, page.QuerySelectorAll(".callout ul").Length);
    }

    [Fact]
    public void Each_sign_cites_its_sources_numbered_into_the_articles_list_after_the_articles_own_sources()
    {
        var own = new Source("own-source", "Own", "https://example.org/own");
        var (body, page, diagnostics) = Render("Text [@own-source].\n\n:::emergency-signs clonidine-withdrawal", [own]);

        Assert.Empty(diagnostics);
        var keys = Signs.List("clonidine-withdrawal")!.Signs.SelectMany(s => s.SourceKeys).Distinct().ToArray();
        Assert.Equal(["own-source", .. keys], body.Sources.Select(s => s.Source.Key));
        Assert.Equal(keys.Select(k => Signs.Source(k)!.Url), body.Sources.Skip(1).Select(s => s.Source.Url));
        var first = page.QuerySelector(".callout li .citation a")!;
        Assert.Equal("#source-" + keys[0], first.GetAttribute("href"));
        Assert.Equal("2", first.TextContent);
    }

    [Fact]
    public void A_source_the_article_lists_itself_keeps_its_entry_and_counts_as_cited()
    {
        var listed = new Source("medtronic-overdose-underdose", "The article's own title", "https://example.org/same");
        var (body, _, diagnostics) = Render(":::emergency-signs opioid-overdose", [listed]);

        Assert.Empty(diagnostics);
        var entry = Assert.Single(body.Sources);
        Assert.Equal("The article's own title", entry.Source.Title);
        Assert.NotNull(entry.FirstCitationId);
    }

    [Fact]
    public void An_unknown_list_is_an_error_at_its_key_with_the_nearest_list()
    {
        var (_, page, diagnostics) = Render("Text.\n\n:::emergency-signs baclofen-withdrawl");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal((3, 20), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("did you mean 'baclofen-withdrawal'", diagnostic.Message);
        Assert.Empty(page.QuerySelectorAll(".callout"));
    }

    [Fact]
    public void Without_the_signs_file_an_embed_is_an_error_that_says_the_file_is_missing()
    {
        var (_, _, diagnostics) = Render(":::emergency-signs opioid-overdose", signs: EmergencySigns.Empty);

        Assert.Contains("emergency-signs.yml is missing or has never loaded", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void A_callout_that_only_starts_with_the_word_is_not_an_embed()
    {
        var (_, _, diagnostics) = Render(":::emergency-signsx\ntext\n:::");

        Assert.Contains(diagnostics, d => d.Message.Contains("unknown callout"));
    }
}
