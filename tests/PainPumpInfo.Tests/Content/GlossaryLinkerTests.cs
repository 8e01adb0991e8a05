using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Rendering;
using PainPumpInfo.Content.Rendering.Glossary;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Content;

/// <summary>Which words of an article become links to the glossary, on the syntax tree the renderer builds.</summary>
public sealed class GlossaryLinkerTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static readonly GlossaryLinker Glossary = new([
        new GlossaryTerm("Intrathecal", "Inside the spinal fluid.", [], "intrathecal"),
        new GlossaryTerm("Intrathecal space", "The space around the spinal cord.", ["spinal fluid space"], "intrathecal-space"),
        new GlossaryTerm("Abdomen", "The belly.", ["belly", "tummy"], "abdomen"),
        new GlossaryTerm("Black box warning", "The strongest warning.", ["black-box warning", "ITB"], "black-box-warning"),
        new GlossaryTerm("Café", "A term with an accent.", [], "cafe"),
    ]);

    /// <summary>Each glossary link as (its text, the term's anchor), in reading order.</summary>
    private static (string Text, string Anchor)[] TermLinks(string markdown)
    {
        var body = Renderer.Render("basics/page.md", "basics/page", markdown, [], Glossary)!;
        return Html.Parse(body.Html).QuerySelectorAll("a.glossary-term")
            .Select(a => (Html.Text(a), a.GetAttribute("href")!.Split('#')[1]))
            .ToArray();
    }

    [Fact]
    public void The_longest_spelling_wins_where_two_start_at_the_same_word() =>
        Assert.Equal([("intrathecal space", "intrathecal-space"), ("intrathecal", "intrathecal")],
            TermLinks("The intrathecal space holds fluid. An intrathecal pump."));

    [Fact]
    public void Only_whole_words_are_linked() =>
        Assert.Empty(TermLinks("A tummyache, a potbelly, cafés and ITB2 are not terms."));

    [Fact]
    public void Case_does_not_matter_and_the_text_keeps_its_own_case() =>
        Assert.Equal([("BELLY", "abdomen"), ("Intrathecal", "intrathecal")], TermLinks("My BELLY hurts. Intrathecal."));

    [Fact]
    public void A_term_is_linked_once_whichever_spelling_comes_first() =>
        Assert.Equal([("tummy", "abdomen")], TermLinks("The tummy, the belly, the abdomen."));

    [Fact]
    public void Spellings_with_hyphens_capitals_and_accents_are_found_next_to_punctuation() =>
        Assert.Equal([("black-box warning", "black-box-warning"), ("café", "cafe")],
            TermLinks("It has a black-box warning (see the café)."));

    [Fact]
    public void Several_terms_in_one_sentence_are_each_linked() =>
        Assert.Equal([("belly", "abdomen"), ("intrathecal", "intrathecal"), ("ITB", "black-box-warning")],
            TermLinks("Under the belly, an intrathecal catheter; ITB."));
}
