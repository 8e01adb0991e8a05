using System.Net;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Site;

/// <summary>Exact status codes: 200, 301 to the canonical address, 404, 405 with Allow, and HEAD wherever GET works.</summary>
public sealed class StatusCodeTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    public static TheoryData<string> ReadablePaths() => new(["/", "/living-with-a-pump/alarms", "/faq", "/sitemap.xml", "/robots.txt"]);

    [Theory]
    [InlineData("/", HttpStatusCode.OK, null)]
    [InlineData("/living-with-a-pump/alarms", HttpStatusCode.OK, null)]
    [InlineData("/living-with-a-pump/alarms/", HttpStatusCode.MovedPermanently, "/living-with-a-pump/alarms")]
    [InlineData("/Living-With-A-Pump/ALARMS", HttpStatusCode.MovedPermanently, "/living-with-a-pump/alarms")]
    [InlineData("/FAQ/", HttpStatusCode.MovedPermanently, "/faq")]
    [InlineData("/no-such-page", HttpStatusCode.NotFound, null)]
    [InlineData("/living-with-a-pump/no-such-page", HttpStatusCode.NotFound, null)]
    public async Task Each_address_form_answers_its_exact_status(string path, HttpStatusCode status, string? location)
    {
        var response = await site.Client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_alias_answers_301_to_the_current_address()
    {
        using var content = TempContent.Empty();
        content.Write("basics/first.md", Articles.Valid("First page", extra: "aliases: [/old-first]"));
        using var factory = new SiteFactory(content.Path);

        var response = await factory.Browser().GetAsync("/old-first");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/basics/first", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("POST", "/living-with-a-pump/alarms")]
    [InlineData("PUT", "/living-with-a-pump/alarms")]
    [InlineData("DELETE", "/living-with-a-pump/alarms")]
    [InlineData("PATCH", "/faq")]
    [InlineData("POST", "/no-such-page")]
    [InlineData("POST", "/sitemap.xml")]
    [InlineData("OPTIONS", "/robots.txt")]
    public async Task Methods_other_than_get_and_head_answer_405_with_an_allow_header(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("x=1") };
        var response = await site.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
        Assert.DoesNotContain("Page not found", body);
    }

    [Theory]
    [MemberData(nameof(ReadablePaths))]
    public async Task Head_answers_like_get_with_the_same_headers_and_no_body(string path)
    {
        var get = await site.Client.GetAsync(path);
        var head = await site.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/living-with-a-pump/alarms/", HttpStatusCode.MovedPermanently)]
    public async Task Head_answers_the_same_status_as_get_for_missing_and_moved_pages(string path, HttpStatusCode status)
    {
        var head = await site.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(status, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }
}
