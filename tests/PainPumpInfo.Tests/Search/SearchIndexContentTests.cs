using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Search;

/// <summary>What the index holds and how results point into it, over small purpose-made content.</summary>
public sealed class SearchIndexContentTests : IDisposable
{
    private readonly TempContent content = TempContent.WithSiteSettings();

    public SearchIndexContentTests()
    {
        content.Write("basics/first.md", Articles.Valid("First page",
            "Kangaroo text before any heading.\n\n## Looking after platypus\n\nPlatypus text under a heading.",
            "section: basics"));
        content.Write("basics/escaping.md", Articles.Valid("Escaping page",
            "Typed as &lt;script&gt;alert('x')&lt;/script&gt; beside the word zebrafish & a 5 &lt; 6 sum.", "section: basics"));
        content.Write("basics/unfinished.md", Articles.Valid("Unfinished page", "Wombat notes not ready yet.", "section: basics\ndraft: true"));
    }

    [Fact]
    public async Task A_match_before_the_first_heading_links_to_the_article_and_one_under_a_heading_links_to_it()
    {
        using var factory = new SiteFactory(content.Path);
        using var client = factory.Browser();

        var opening = await SearchPage.Get(client, "kangaroo");
        var underHeading = await SearchPage.Get(client, "platypus");

        Assert.Equal(["/basics/first"], opening.Links);
        Assert.Equal(["/basics/first#looking-after-platypus"], underHeading.Links);
        Assert.Equal("The basics › Looking after platypus", Html.Text(underHeading.Results[0].QuerySelector(".search-result-where")));
        Assert.Equal("The basics", Html.Text(opening.Results[0].QuerySelector(".search-result-where")));
    }

    [Fact]
    public async Task A_snippet_shows_the_articles_text_as_text_and_marks_only_the_match()
    {
        using var factory = new SiteFactory(content.Path);
        using var client = factory.Browser();

        var page = await SearchPage.Get(client, "zebrafish");

        var snippet = page.Results.Single().QuerySelector(".search-snippet")!;
        Assert.Equal(["MARK"], snippet.Children.Select(c => c.TagName));
        Assert.Equal("zebrafish", Html.Text(snippet.QuerySelector("mark")));
        Assert.Contains("<script>alert('x')</script>", snippet.TextContent);
        Assert.Contains("& a 5 < 6 sum", snippet.TextContent);
    }

    [Fact]
    public async Task A_snippet_cut_out_of_a_long_passage_shows_where_it_was_cut()
    {
        var filler = string.Join(' ', Enumerable.Repeat("Plain words about daily life.", 30));
        content.Write("basics/long.md", Articles.Valid("Long page", $"{filler} The narwhal swims here. {filler}", "section: basics"));
        using var factory = new SiteFactory(content.Path);
        using var client = factory.Browser();

        var snippet = Html.Text((await SearchPage.Get(client, "narwhal")).Results.Single().QuerySelector(".search-snippet"));

        Assert.StartsWith("… ", snippet);
        Assert.EndsWith(" …", snippet);
        Assert.Contains("narwhal", snippet);
        Assert.InRange(snippet.Length, 50, 260);
    }

    [Fact]
    public async Task A_snippet_keeps_list_items_and_paragraphs_apart()
    {
        content.Write("basics/signs.md", Articles.Valid("Signs page",
            "Signs of withdrawal include:\n\n- itching with no rash\n- fever\n- stiffness (spasms)\n\nA paragraph with no full stop\n\nCall your care team.",
            "section: basics"));
        using var factory = new SiteFactory(content.Path);
        using var client = factory.Browser();

        var snippet = Html.Text((await SearchPage.Get(client, "fever")).Results.Single().QuerySelector(".search-snippet"));

        Assert.Contains("include: itching with no rash; fever; stiffness (spasms). A paragraph with no full stop. Call your care team.", snippet);
    }

    [Fact]
    public async Task A_typo_is_read_as_the_word_one_letter_away_that_the_site_uses_most_and_that_word_is_marked()
    {
        // "bstter" is one letter from both "better" (three passages) and "batter" (one).
        content.Write("basics/better.md", Articles.Valid("Feeling well",
            "You may feel better soon.\n\n## At home\n\nRest helps you get better.\n\n## At work\n\nShort days feel better.",
            "section: basics"));
        content.Write("basics/batter.md", Articles.Valid("Cooking", "Mix the batter well.", "section: basics"));
        using var factory = new SiteFactory(content.Path);
        using var client = factory.Browser();

        var page = await SearchPage.Get(client, "bstter");

        Assert.Equal(["basics/better"], page.Routes);
        Assert.All(page.Results, r => Assert.Equal("better", Html.Text(r.QuerySelector(".search-snippet mark"))));
    }

    [Theory]
    [InlineData("rock wallaby", "basics/macropod")]
    [InlineData("small macropod", "basics/climber")]
    public async Task A_glossary_spelling_of_several_words_that_holds_another_still_finds_every_spelling(string query, string route)
    {
        // "rock wallaby" holds the term "wallaby": each spelling must still find text that uses only another one.
        content.Write("glossary.yml", "- term: Wallaby\n  definition: An animal.\n  other_spellings: [rock wallaby, small macropod]\n");
        content.Write("basics/macropod.md", Articles.Valid("Hoppers", "A small macropod lives in the hills.", "section: basics"));
        content.Write("basics/climber.md", Articles.Valid("Climbers", "The rock wallaby climbs cliffs.", "section: basics"));
        using var factory = new SiteFactory(content.Path);
        using var client = factory.Browser();

        var page = await SearchPage.Get(client, query);

        Assert.Contains(route, page.Routes);
    }

    [Fact]
    public async Task A_search_read_with_another_spelling_says_what_it_showed_and_links_to_the_search_as_typed()
    {
        content.Write("basics/infections.md", Articles.Valid("Germs", "An infection needs care. Call about any infection.", "section: basics"));
        using var factory = new SiteFactory(content.Path);
        using var client = factory.Browser();

        var page = await SearchPage.Get(client, "pump infecct");

        Assert.Equal(["basics/infections"], page.Routes);
        // The index holds stems ("infect"); the reader is shown the word as the article spells it.
        var note = page.Document.QuerySelector("main .search-spelling");
        Assert.NotNull(note);
        Assert.Equal("pump infection", Html.Text(note!.QuerySelector("strong")));
        var asTyped = note.QuerySelector("a")!.GetAttribute("href")!;
        var exact = Html.Parse(await client.GetStringAsync(asTyped));
        Assert.Equal("Results for “pump infecct”", Html.Text(exact.QuerySelector("h1")));
        Assert.Empty(exact.QuerySelectorAll("main ol.search-results > li"));
        Assert.Null(exact.QuerySelector("main .search-spelling"));
    }

    [Fact]
    public async Task A_search_spelt_as_the_site_spells_it_claims_no_other_reading()
    {
        using var factory = new SiteFactory(content.Path);
        using var client = factory.Browser();

        var page = await SearchPage.Get(client, "platypus");

        Assert.NotEmpty(page.Results);
        Assert.Null(page.Document.QuerySelector("main .search-spelling"));
    }

    [Fact]
    public async Task Drafts_are_not_found_in_production()
    {
        using var factory = new SiteFactory(content.Path, "Production");
        using var client = factory.Browser();

        var page = await SearchPage.Get(client, "wombat");

        Assert.Empty(page.Results);
        Assert.Contains(page.Notices, n => n.Contains("No pages match"));
    }

    [Fact]
    public async Task Drafts_are_found_in_development_where_they_are_served_for_preview()
    {
        using var factory = new SiteFactory(content.Path, "Development");
        using var client = factory.Browser();

        var page = await SearchPage.Get(client, "wombat");

        Assert.Equal(["basics/unfinished"], page.Routes);
    }

    public void Dispose() => content.Dispose();
}
