using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Site;

/// <summary>Structured data over purpose-made content: reviewers, the clinic's phone, the FAQ convention, hostile text.</summary>
public sealed class StructuredDataFromFrontMatterTests : IDisposable
{
    private const string BaseUrl = "https://clinic.example.org";
    private readonly TempContent content = TempContent.WithSiteSettings();


    private async Task<AngleSharp.Dom.IDocument> Get(string url)
    {
        using var factory = new SiteFactory(content.Path, settings: new Dictionary<string, string?> { ["Site:BaseUrl"] = BaseUrl });
        return Html.Parse(await factory.Browser().GetStringAsync(url));
    }

    [Fact]
    public async Task A_name_typed_into_reviewed_by_claims_no_review_in_the_structured_data()
    {
        content.Write("basics/typed.md", Articles.Valid("Typed reviewer", extra: "section: basics\nreviewed_by: Jane Doe, RN"));

        var page = JsonLdBlocks.Single(await Get("/basics/typed"), "MedicalWebPage");

        Assert.False(page.TryGetProperty("reviewedBy", out _));
        Assert.False(page.TryGetProperty("lastReviewed", out _));
        Assert.Equal("2026-11-01", JsonLdBlocks.Text(page, "dateModified"));
    }

    [Fact]
    public async Task The_clinics_phone_from_site_yml_is_on_the_home_page_and_on_each_articles_publisher()
    {
        content.Write("basics/first.md", Articles.Valid("First page", extra: "section: basics"));

        var clinic = JsonLdBlocks.Single(await Get("/"), "MedicalOrganization");
        var publisher = JsonLdBlocks.Single(await Get("/basics/first"), "MedicalWebPage").GetProperty("publisher");

        Assert.Equal("Test Clinic", clinic.GetProperty("name").GetString());
        Assert.Equal("555-0100", clinic.GetProperty("telephone").GetString());
        Assert.Equal("555-0100", publisher.GetProperty("telephone").GetString());
    }

    [Fact]
    public async Task Only_level_three_headings_ending_in_a_question_mark_with_an_answer_become_faq_entries()
    {
        const string body = """
            ## Is this a question?

            A level-two heading is a section, not a question.

            ### Can I swim with a pump?

            Usually, once the wound has healed. Ask your care team.

            ### A heading without a question mark

            Not a question.

            ### Is an unanswered question listed?

            ### What does a refill feel like?

            A quick needle prick through the skin.
            """;
        content.Write("basics/questions.md", Articles.Valid("Questions", body, "section: basics"));

        var faq = JsonLdBlocks.Single(await Get("/basics/questions"), "FAQPage").GetProperty("mainEntity").EnumerateArray().ToArray();

        Assert.Equal(["Can I swim with a pump?", "What does a refill feel like?"], faq.Select(q => q.GetProperty("name").GetString()));
        Assert.Equal("Usually, once the wound has healed. Ask your care team.", faq[0].GetProperty("acceptedAnswer").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Text_that_closes_a_script_element_stays_inside_the_json()
    {
        const string title = "Pumps </script><script>alert(1)</script> & more";
        content.Write("basics/hostile.md", Articles.Valid($"\"{title}\"", "### Does `</script>` break out?\n\nNo `<!--` it does not.", "section: basics"));

        var page = await Get("/basics/hostile");

        Assert.Equal(3, page.QuerySelectorAll("script").Length);
        Assert.All(page.QuerySelectorAll("script"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        Assert.Equal(title, JsonLdBlocks.Text(JsonLdBlocks.Single(page, "MedicalWebPage"), "name"));
        var question = JsonLdBlocks.Single(page, "FAQPage").GetProperty("mainEntity")[0];
        Assert.Equal("Does </script> break out?", question.GetProperty("name").GetString());
    }

    public void Dispose() => content.Dispose();
}
