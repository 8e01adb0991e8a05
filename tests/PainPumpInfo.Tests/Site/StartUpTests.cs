using System.Net;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Site;

/// <summary>
/// The server starts while the content is still being read, and the search index is built after that: a
/// reader who arrives in that moment must still get the real page, and a search must still find things.
/// </summary>
public sealed class StartUpTests : IDisposable
{
    private readonly TempContent content = TempContent.CopyOfShipped();

    public StartUpTests()
    {
        // Enough articles that reading them takes a while after the server is up.
        for (var i = 0; i < 400; i++)
            content.Write($"more/extra-{i:D3}.md", Articles.Valid($"Extra page {i}", $"Extra text number {i} about daily life.", "section: living-with-a-pump"));
    }

    [Fact]
    public async Task Requests_sent_the_moment_the_server_starts_wait_for_the_content_and_get_real_pages()
    {
        using var factory = new SiteFactory(content.Path);
        using var client = factory.Browser();

        var responses = await Task.WhenAll(
            client.GetAsync("/living-with-a-pump/refills"),
            client.GetAsync("/"),
            client.GetAsync("/more/extra-399"));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var refills = Html.Parse(await responses[0].Content.ReadAsStringAsync());
        Assert.Contains("refill", Html.Text(refills.QuerySelector("main h1")), StringComparison.OrdinalIgnoreCase);
        PageAssert.Disclaimers(refills);
        var extra = Html.Parse(await responses[2].Content.ReadAsStringAsync());
        Assert.Equal("Extra page 399", Html.Text(extra.QuerySelector("main h1")));
    }

    [Fact]
    public async Task A_search_the_moment_the_server_starts_waits_for_the_index_and_finds_the_article()
    {
        using var factory = new SiteFactory(content.Path);
        using var client = factory.Browser();

        var page = await SearchPage.Get(client, "baclofen");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("medicines/baclofen", page.Routes.FirstOrDefault());
    }

    public void Dispose() => content.Dispose();
}
