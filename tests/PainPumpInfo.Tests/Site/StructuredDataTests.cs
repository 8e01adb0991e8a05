using System.Text.Json;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Site;

/// <summary>Each shipped article's JSON-LD, parsed with System.Text.Json and checked against its front matter.</summary>
public sealed class StructuredDataTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    public static TheoryData<string> ArticleFiles() => new(PublicPages.ArticleFiles());

    private static string[] Strings(JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!).ToArray();

    [Theory]
    [MemberData(nameof(ArticleFiles))]
    public async Task Each_article_is_a_medical_web_page_whose_properties_match_its_front_matter(string file)
    {
        var (_, page) = await site.Get(PublicPages.RouteOf(file));
        var front = FrontMatterOracle.Read(file);
        var item = JsonLdBlocks.Single(page, "MedicalWebPage");

        Assert.Equal(front["title"]!.ToString(), JsonLdBlocks.Text(item, "name"));
        Assert.Equal(front["description"]!.ToString(), JsonLdBlocks.Text(item, "description"));
        Assert.Equal(PublishedSite.BaseUrl + PublicPages.RouteOf(file), JsonLdBlocks.Text(item, "url"));
        Assert.Equal(FrontMatterOracle.Site()["language"]!.ToString(), JsonLdBlocks.Text(item, "inLanguage"));
        Assert.Equal(front["last_reviewed"]!.ToString(), JsonLdBlocks.Text(item, "dateModified"));
        Assert.False(item.TryGetProperty("datePublished", out _), "no publication date is known, so none is given");
        // site.yml ships with no reviewers, so no shipped page may claim a clinical review.
        Assert.False(item.TryGetProperty("reviewedBy", out _), "no clinician has reviewed the shipped pages");
        Assert.False(item.TryGetProperty("lastReviewed", out _), "lastReviewed is a clinical review's date, and there is none");
        Assert.Equal("Patient", item.GetProperty("medicalAudience").GetProperty("audienceType").GetString());
        Assert.Equal("MedicalAudience", item.GetProperty("medicalAudience").GetProperty("@type").GetString());
        Assert.Equal("MedicalTherapy", item.GetProperty("about").GetProperty("@type").GetString());
        Assert.Equal("Intrathecal drug delivery", item.GetProperty("about").GetProperty("name").GetString());
        var sources = ((List<object>)front["sources"]!).Cast<Dictionary<object, object>>().ToArray();
        var citations = item.GetProperty("citation");
        // The front matter's sources first; then those only the article's embedded pump facts cite, from pumps.yml.
        Assert.Equal(sources.Select(s => s["url"].ToString()), Strings(citations, "url").Take(sources.Length));
        Assert.Equal(sources.Select(s => s["title"].ToString()), Strings(citations, "name").Take(sources.Length));
        var pumpSources = DataFileSources.Urls();
        Assert.All(Strings(citations, "url").Skip(sources.Length), url => Assert.Contains(url, pumpSources));
        Assert.All(citations.EnumerateArray(), c => Assert.Equal("CreativeWork", c.GetProperty("@type").GetString()));
        var publisher = item.GetProperty("publisher");
        Assert.Equal("MedicalOrganization", publisher.GetProperty("@type").GetString());
        Assert.Equal(FrontMatterOracle.Site()["clinic_name"]!.ToString(), publisher.GetProperty("name").GetString());
    }

    [Theory]
    [MemberData(nameof(ArticleFiles))]
    public async Task Each_article_has_a_breadcrumb_list_with_absolute_addresses_that_matches_the_visible_trail(string file)
    {
        var (_, page) = await site.Get(PublicPages.RouteOf(file));
        var items = JsonLdBlocks.Single(page, "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().ToArray();
        var visible = page.QuerySelectorAll("nav[aria-label=Breadcrumb] li").Select(Html.Text).ToArray();

        Assert.Equal(visible, items.Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(Enumerable.Range(1, items.Length), items.Select(i => i.GetProperty("position").GetInt32()));
        Assert.Equal(PublishedSite.BaseUrl + "/", items[0].GetProperty("item").GetString());
        Assert.Equal(PublishedSite.BaseUrl + PublicPages.RouteOf(file), items[^1].GetProperty("item").GetString());
        Assert.All(items, i => Assert.StartsWith(PublishedSite.BaseUrl + "/", i.GetProperty("item").GetString()));
    }

    [Theory]
    [MemberData(nameof(ArticleFiles))]
    public async Task An_article_with_questions_has_an_faq_page_with_exactly_those_questions(string file)
    {
        var (_, page) = await site.Get(PublicPages.RouteOf(file));
        var expected = VisibleQuestions.In(page);
        var blocks = JsonLdBlocks.In(page).Where(b => b.GetProperty("@type").GetString() == "FAQPage").ToArray();

        if (expected.Count == 0)
        {
            Assert.Empty(blocks);
            return;
        }
        var questions = Assert.Single(blocks).GetProperty("mainEntity").EnumerateArray().ToArray();
        Assert.Equal(expected, questions.Select(q => q.GetProperty("name").GetString()));
        Assert.All(questions, q =>
        {
            Assert.Equal("Question", q.GetProperty("@type").GetString());
            Assert.Equal("Answer", q.GetProperty("acceptedAnswer").GetProperty("@type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("acceptedAnswer").GetProperty("text").GetString()));
        });
    }

    [Fact]
    public async Task The_shipped_faq_shows_its_questions_as_headings_and_marks_them_up_as_an_faq()
    {
        var (_, page) = await site.Get("/faq");

        var questions = VisibleQuestions.In(page);
        Assert.True(questions.Count >= 5, $"only {questions.Count} questions shown on /faq");
        var marked = JsonLdBlocks.Single(page, "FAQPage").GetProperty("mainEntity").EnumerateArray().Select(q => q.GetProperty("name").GetString());
        Assert.Equal(questions, marked);
    }

    [Fact]
    public async Task Home_describes_the_website_and_the_clinic_with_no_phone_when_site_yml_has_none()
    {
        var (_, page) = await site.Get("/");
        var siteYml = FrontMatterOracle.Site();
        var website = JsonLdBlocks.Single(page, "WebSite");
        var clinic = JsonLdBlocks.Single(page, "MedicalOrganization");

        Assert.Equal(siteYml["site_name"]!.ToString(), JsonLdBlocks.Text(website, "name"));
        Assert.Equal(PublishedSite.BaseUrl + "/", JsonLdBlocks.Text(website, "url"));
        Assert.Equal(siteYml["clinic_name"]!.ToString(), JsonLdBlocks.Text(clinic, "name"));
        Assert.Equal(PublishedSite.BaseUrl + "/", JsonLdBlocks.Text(clinic, "url"));
        Assert.Equal(!string.IsNullOrWhiteSpace(siteYml["clinic_phone"]?.ToString()), clinic.TryGetProperty("telephone", out _));
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/error")]
    public async Task Pages_that_are_not_content_carry_no_structured_data(string path)
    {
        var (_, page) = await site.Get(path);
        Assert.Empty(JsonLdBlocks.In(page));
    }
}
