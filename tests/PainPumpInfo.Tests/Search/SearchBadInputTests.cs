using System.Net;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Search;

/// <summary>Whatever is typed, the search page answers 200 with a friendly page: no query syntax, no errors.</summary>
public sealed class SearchBadInputTests(ShippedSite site) : IClassFixture<ShippedSite>, IDisposable
{
    /// <summary>Each test its own client address, so no test spends another's search budget.</summary>
    private readonly HttpClient client = site.Visitor();

    public static TheoryData<string, string> NothingToSearchFor => new()
    {
        { "", "empty" },
        { "    ", "only spaces" },
        { "?!... ,;", "only punctuation" },
        { "\"", "a quote" },
        { "*", "a wildcard" },
        { "AND", "an operator" },
        { "(", "a bracket" },
        { "\"*\" AND ( ) OR NOT ~ ^", "syntax only" },
        { "who can", "filler words only" },
    };

    [Theory]
    [MemberData(nameof(NothingToSearchFor))]
    public async Task Input_with_no_words_to_look_for_gets_a_friendly_message(string query, string what)
    {
        var page = await SearchPage.Get(client, query);

        Assert.True(page.Status == HttpStatusCode.OK, what);
        Assert.Single(page.Document.QuerySelectorAll("h1"));
        Assert.Empty(page.Results);
        var notice = Assert.Single(page.Notices);
        Assert.Contains(query.Trim().Length == 0 ? "Type a word or two" : "could not find any words", notice);
    }

    [Theory]
    [InlineData("title:")]
    [InlineData("title:baclofen")]
    [InlineData("title:(baclofen AND \"pump")]
    [InlineData("\"unclosed quote baclofen")]
    [InlineData("baclofen~2 OR refill^10")]
    [InlineData("ref*ll?")]
    [InlineData("body:[a TO z]")]
    [InlineData("/regex.*/")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\\ \\\\ \\\"")]
    [InlineData("pump\0refill")]
    [InlineData("😀 🩺 pump")]
    public async Task Lucene_syntax_and_odd_characters_are_only_words_and_never_an_error(string query)
    {
        var page = await SearchPage.Get(client, query);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Single(page.Document.QuerySelectorAll("h1"));
        Assert.True(page.Results.Count > 0 || page.Notices.Count > 0, "results, or a message saying why there are none");
        Assert.Empty(page.Document.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task Syntax_around_real_words_still_finds_them()
    {
        var page = await SearchPage.Get(client, "title:(bacolfen AND \"withdrawal");

        Assert.Equal("medicines/baclofen", page.Routes.FirstOrDefault());
    }

    [Theory]
    [InlineData("المضخة")]
    [InlineData("泵的电池")]
    [InlineData("насос")]
    public async Task Other_scripts_get_no_results_and_are_told_the_site_is_in_english(string query)
    {
        var page = await SearchPage.Get(client, query);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Results);
        Assert.Contains(page.Notices, n => n.Contains("No pages match") && n.Contains("written in English"));
    }

    [Fact]
    public async Task A_query_of_5000_characters_is_cut_to_the_limit_and_the_page_says_so()
    {
        var page = await SearchPage.Get(client, "baclofen " + new string('x', 5000));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(page.Notices, n => n.Contains("first 200 characters"));
        Assert.Equal(200, page.Document.QuerySelector("form[role=search] input[name=q]")?.GetAttribute("value")?.Length);
    }

    [Fact]
    public async Task A_pasted_paragraph_still_answers_with_results()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("My baclofen pump alarm is beeping and I have a refill soon, can I fly?", 70));
        var page = await SearchPage.Get(client, paragraph);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.Results);
    }

    [Fact]
    public async Task A_repeated_or_missing_q_parameter_is_not_an_error()
    {
        var twice = await client.GetAsync("/search?q=mri&q=refill");
        var none = await client.GetAsync("/search");

        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
    }

    public void Dispose() => client.Dispose();
}
