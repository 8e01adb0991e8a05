using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Rendering;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Content;

/// <summary>What the one Markdig pipeline makes of an article body.</summary>
public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static (RenderedBody Body, AngleSharp.Dom.IDocument Page, List<Diagnostic> Diagnostics) Render(string markdown, string path = "living-with-a-pump/travel.md")
    {
        var diagnostics = new List<Diagnostic>();
        var body = Renderer.Render(path, path[..^3], markdown, diagnostics)!;
        return (body, Html.Parse(body.Html), diagnostics);
    }

    [Fact]
    public void Headings_get_github_style_ids_and_are_listed_in_order()
    {
        var (body, page, _) = Render("## What each alarm means\n\ntext\n\n### A two-tone alarm?\n\nanswer");

        Assert.Equal("what-each-alarm-means", page.QuerySelector("h2")?.Id);
        Assert.Equal([(2, "What each alarm means", "what-each-alarm-means"), (3, "A two-tone alarm?", "a-two-tone-alarm")],
            body.Headings.Select(h => (h.Level, h.Text, h.Id)));
    }

    [Theory]
    [InlineData("Fixed-rate pump")]
    [InlineData("Intrathecal drug delivery system (IDDS)")]
    [InlineData("What's a  \"bolus\"?")]
    public void Glossary_anchors_follow_the_same_rule_as_heading_ids(string name)
    {
        var (body, _, _) = Render("## " + name);

        Assert.Equal(body.Headings.Single().Id, PainPumpInfo.Content.Loading.Slug.Of(name));
    }

    [Fact]
    public void Pipe_tables_render_as_tables_inside_a_focusable_scroll_region()
    {
        var (_, page, _) = Render("| Medicine | Approved |\n|---|---|\n| Morphine | Yes |");

        var region = page.QuerySelector("[role=region]");
        Assert.NotNull(region);
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.NotNull(region.QuerySelector("table"));
        Assert.Equal(["Medicine", "Approved"], page.QuerySelectorAll("th").Select(Html.Text));
        Assert.Equal(["Morphine", "Yes"], page.QuerySelectorAll("td").Select(Html.Text));
    }


    [Fact]
    public void Each_table_region_has_its_own_name_taken_from_its_section()
    {
        const string table = "| A | B |\n|---|---|\n| 1 | 2 |\n\n";
        var (_, page, _) = Render($"{table}## Side effects\n\n{table}{table}");

        // Screen readers list regions by name: two regions called the same cannot be told apart.
        Assert.Equal(["Table 1", "Table 2: Side effects", "Table 3: Side effects"],
            page.QuerySelectorAll("[role=region]").Select(r => r.GetAttribute("aria-label")));
    }
    [Fact]
    public void Links_to_other_articles_become_site_routes_relative_to_the_file()
    {
        var (body, page, _) = Render("[a](refills.md) [b](../risks/granuloma.md#signs) [c](#here)");

        Assert.Equal(["/living-with-a-pump/refills", "/risks/granuloma#signs", "#here"],
            page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["living-with-a-pump/refills", "risks/granuloma", "living-with-a-pump/travel"], body.Links.Select(l => l.Route));
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](vbscript:msgbox)")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<javascript:alert(1)>")]
    public void Links_with_a_scheme_that_can_run_code_are_removed_and_reported(string markdown)
    {
        var (_, page, diagnostics) = Render(markdown);

        Assert.Empty(page.QuerySelectorAll("a"));
        Assert.Contains(diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("was removed"));
    }

    [Fact]
    public void Links_to_other_sites_do_not_pass_on_the_reader()
    {
        var (_, page, _) = Render("[FDA](https://www.fda.gov/)");

        Assert.Equal("noopener noreferrer", page.QuerySelector("a")?.GetAttribute("rel"));
    }

    [Theory]
    [InlineData("urgent", "Urgent: get help now")]
    [InlineData("warning", "Important: call your care team")]
    [InlineData("tip", "Tip")]
    [InlineData("note", "Note")]
    public void Callouts_render_as_labelled_notes(string kind, string label)
    {
        var (_, page, diagnostics) = Render($":::{kind}\nCall **911** now.\n:::");

        var callout = page.QuerySelector("[role=note]");
        Assert.NotNull(callout);
        Assert.Contains($"callout-{kind}", callout.ClassList);
        Assert.Equal(label, Html.Text(callout.QuerySelector(".callout-label")));
        Assert.Equal("911", Html.Text(callout.QuerySelector("p:not(.callout-label) strong")));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Raw_html_keeps_safe_markup_and_loses_scripts_handlers_and_frames()
    {
        var (_, page, diagnostics) = Render("<p onclick=\"x()\">Hi <b>there</b></p>\n\n<script>alert(1)</script>\n\n<iframe src=\"https://example.org\"></iframe>");

        Assert.Equal("there", Html.Text(page.QuerySelector("b")));
        Assert.Empty(page.QuerySelectorAll("script, iframe, [onclick]"));
        Assert.Contains(diagnostics, d => d.Message.Contains("<script>"));
    }

    [Theory]
    [InlineData("<form action=\"https://evil.example\"><input name=\"x\"><button>Go</button></form>", "form, input, button")]
    [InlineData("<style>body { display: none }</style>", "style")]
    [InlineData("<p style=\"color: red\">x</p>", "[style]")]
    [InlineData("<svg><script>alert(1)</script></svg>", "svg, script")]
    [InlineData("<img src=\"data:image/png;base64,AAAA\" alt=\"x\">", "img[src^='data:']")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "a[href^='javascript:']")]
    [InlineData("<a href=\"vbscript:x\">x</a>", "a[href^='vbscript:']")]
    [InlineData("<object data=\"x.swf\"></object><embed src=\"x\">", "object, embed")]
    [InlineData("<img src=\"x.png\" onerror=\"alert(1)\" alt=\"x\">", "[onerror]")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>", "iframe")]
    public void Unsafe_raw_html_is_removed_and_check_is_told(string html, string unsafeSelector)
    {
        var (_, page, diagnostics) = Render("Intro.\n\n" + html + "\n\nAfter.");

        Assert.Empty(page.QuerySelectorAll(unsafeSelector));
        Assert.Contains(diagnostics, d => d.Severity == Severity.Warning && d.Message.StartsWith("unsafe HTML removed"));
        Assert.Contains("After.", Html.Text(page.Body));
    }

    [Fact]
    public void Questions_are_third_level_headings_ending_in_a_question_mark_with_the_text_below()
    {
        var (body, _, _) = Render("## Common questions\n\n### Does it hurt?\n\nA little, for a short time.\n\n### Notes\n\nNot a question.");

        var question = Assert.Single(body.Questions);
        Assert.Equal("Does it hurt?", question.Text);
        Assert.Equal("A little, for a short time.", question.Answer);
    }

    [Fact]
    public void An_articles_front_matter_is_not_rendered_into_its_body_and_body_lines_keep_their_file_numbers()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Articles.Valid("Secret title", "Visible text.\n\n[broken](missing.md)"));
        var parser = new PainPumpInfo.Content.Loading.ArticleParser(Renderer, 100_000);

        var article = parser.Parse("basics/page.md", bytes, PainPumpInfo.Content.ContentHash.Of(bytes), PainPumpInfo.Content.Rendering.Glossary.GlossaryLinker.Empty).Article!;

        var page = Html.Parse(article.Body.Html);
        Assert.Equal("Visible text.", Html.Text(page.QuerySelector("p")));
        Assert.DoesNotContain("Secret", Html.Text(page.Body));
        Assert.DoesNotContain("last_reviewed", Html.Text(page.Body));
        Assert.DoesNotContain(article.Body.Passages, p => p.Text.Contains("Secret") || p.Text.Contains("description"));
        var linkLine = Array.IndexOf(System.Text.Encoding.UTF8.GetString(bytes).Split('\n'), "[broken](missing.md)") + 1;
        Assert.Equal(linkLine, Assert.Single(article.Body.Links).Line);
    }
}
