using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Search;

/// <summary>
/// Patients' own words against the shipped content: the article each query must bring up first. Expected
/// routes were picked by reading the articles, not by running the search.
/// </summary>
public sealed class SearchRankingTests(ShippedSite site) : IClassFixture<ShippedSite>, IDisposable
{
    /// <summary>Each test its own client address, so no test spends another's search budget.</summary>
    private readonly HttpClient client = site.Visitor();

    [Theory]
    [InlineData("pain pump refil", "living-with-a-pump/refills")]
    // Both the baclofen page and the overdose-and-withdrawal page have a "Signs of baclofen withdrawal"
    // section. The baclofen page is wholly about baclofen and calls a sudden stop its most important
    // warning (signs, what to do, how to lower the risk); the other page shares itself with opioid overdose.
    [InlineData("baclofen withdrawl", "medicines/baclofen")]
    [InlineData("can I fly", "living-with-a-pump/travel")]
    [InlineData("MRI", "living-with-a-pump/mri-and-medical-procedures")]
    [InlineData("bacolfen", "medicines/baclofen")]
    [InlineData("granuloma", "risks/granuloma")]
    [InlineData("alarm", "living-with-a-pump/alarms")]
    [InlineData("my pump is beeping", "living-with-a-pump/alarms")]
    [InlineData("battery", "living-with-a-pump/battery-and-replacement")]
    [InlineData("how long does the battery last", "living-with-a-pump/battery-and-replacement")]
    [InlineData("ziconotide", "medicines/ziconotide")]
    [InlineData("trial", "getting-a-pump/the-trial")]
    [InlineData("scuba", "living-with-a-pump/sports-scuba-and-pressure")]
    [InlineData("hyperbaric chamber", "living-with-a-pump/sports-scuba-and-pressure")]
    [InlineData("overdose signs", "risks/overdose-and-withdrawal")]
    [InlineData("ID card", "living-with-a-pump/id-card-and-your-doctors")]
    [InlineData("surgery recovery", "getting-a-pump/implant-surgery-and-recovery")]
    [InlineData("who can have a pump", "deciding/who-is-a-candidate")]
    [InlineData("morphine", "medicines/morphine")]
    [InlineData("fixed rate or programmable", "understanding-the-therapy/pump-types")]
    [InlineData("extra dose", "understanding-the-therapy/patient-therapy-manager")]
    public async Task A_patients_query_brings_up_the_right_article_first(string query, string route)
    {
        var page = await SearchPage.Get(client, query);

        Assert.Equal(route, page.Routes.FirstOrDefault());
    }

    [Theory]
    [InlineData("refil", "living-with-a-pump/refills")]
    [InlineData("refilling", "living-with-a-pump/refills")]
    [InlineData("withdrawl", "risks/overdose-and-withdrawal")]
    [InlineData("ziconotyde", "medicines/ziconotide")]
    [InlineData("granuloma", "risks/granuloma")]
    [InlineData("granulomas", "risks/granuloma")]
    [InlineData("alamr", "living-with-a-pump/alarms")]
    public async Task Typos_and_other_forms_of_a_word_of_five_letters_or_more_still_find_it(string query, string route)
    {
        var page = await SearchPage.Get(client, query);

        Assert.Equal(route, page.Routes.FirstOrDefault());
    }

    [Fact]
    public async Task Short_words_are_not_guessed_at_because_one_letter_off_is_usually_another_word()
    {
        var page = await SearchPage.Get(client, "pumq");

        Assert.Empty(page.Results);
    }

    [Theory]
    [InlineData("IDDS", "understanding-the-therapy/what-is-an-idds")]
    [InlineData("ITDD", "understanding-the-therapy/what-is-an-idds")]
    [InlineData("targeted drug delivery", "understanding-the-therapy/what-is-an-idds")]
    [InlineData("magnetic resonance", "living-with-a-pump/mri-and-medical-procedures")]
    [InlineData("magnetic resonance imaging", "living-with-a-pump/mri-and-medical-procedures")]
    [InlineData("airport", "living-with-a-pump/travel")]
    [InlineData("flying", "living-with-a-pump/travel")]
    [InlineData("Lioresal", "medicines/baclofen")]
    [InlineData("Prialt", "medicines/ziconotide")]
    public async Task Other_names_for_the_same_thing_find_the_same_article(string query, string route)
    {
        var page = await SearchPage.Get(client, query);

        Assert.Equal(route, page.Routes.FirstOrDefault());
    }

    [Fact]
    public async Task A_glossary_spelling_finds_text_that_uses_the_glossary_term_and_marks_it()
    {
        // glossary.yml: Abdomen, other spellings belly and tummy. No article says "tummy".
        var page = await SearchPage.Get(client, "tummy");

        Assert.NotEmpty(page.Results);
        var marked = page.Results.SelectMany(li => li.QuerySelectorAll(".search-snippet mark")).Select(Html.Text).ToArray();
        Assert.Contains(marked, m => m.Equals("belly", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Words_in_the_title_count_more_than_the_same_words_in_another_articles_text()
    {
        // "travel" is in the title of the travel page and in the body of several others.
        var page = await SearchPage.Get(client, "travel");

        Assert.Equal("living-with-a-pump/travel", page.Routes[0]);
        Assert.True(page.Routes.Count > 1, "other articles that mention travel are listed after it");
    }

    public void Dispose() => client.Dispose();
}
