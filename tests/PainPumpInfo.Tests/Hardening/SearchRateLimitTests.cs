using System.Net;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Hardening;

/// <summary>Search has a per-client budget; past it the answer is 429 with Retry-After, and other pages are unaffected.</summary>
public sealed class SearchRateLimitTests
{
    [Fact]
    public async Task Searches_past_the_limit_get_429_with_retry_after_while_articles_still_load()
    {
        using var content = TempContent.CopyOfShipped();
        using var factory = new SiteFactory(content.Path, settings: new Dictionary<string, string?> { ["Site:SearchRequestsPerMinute"] = "3" });
        var client = factory.Browser();

        // The same search each time: a stored result must count against the budget too.
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=pump")).StatusCode);
        var refused = await client.GetAsync("/search?q=pump");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        var page = Html.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("Too many searches", Html.Text(page.QuerySelector("h1")));
        PageAssert.Disclaimers(page);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/living-with-a-pump/refills")).StatusCode);
    }
}
