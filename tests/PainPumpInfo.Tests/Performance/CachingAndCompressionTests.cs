using System.IO.Compression;
using System.Net;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Performance;

/// <summary>What a browser or a CDN in front sees: cached pages, validators, 304s, cache lifetimes, compression.</summary>
public sealed class CachingAndCompressionTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    private const string Page = "/living-with-a-pump/refills";

    private async Task<HttpResponseMessage> Send(string url, Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        configure?.Invoke(request);
        return await site.Client.SendAsync(request);
    }

    [Fact]
    public async Task A_page_is_rendered_once_then_served_from_the_output_cache()
    {
        await Send("/deciding/other-treatments");
        var second = await Send("/deciding/other-treatments");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(second.Headers.Age is not null, "a cached response says how old it is");
    }

    [Fact]
    public async Task Each_query_string_is_cached_apart_from_the_others()
    {
        var first = $"/deciding/other-treatments?from={Guid.NewGuid():N}";
        await Send(first);
        Assert.NotNull((await Send(first)).Headers.Age);

        var second = await Send($"/deciding/other-treatments?from={Guid.NewGuid():N}");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
    }

    [Fact]
    public async Task Only_pages_that_were_found_are_kept_and_never_for_a_request_with_credentials()
    {
        await Send("/basics/no-such-page");
        var missing = await Send("/basics/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(missing.Headers.Age);

        await Send(Page);
        var withCredentials = await Send(Page, r => r.Headers.Authorization = new("Basic", "dXNlcjpwYXNz"));
        Assert.Equal(HttpStatusCode.OK, withCredentials.StatusCode);
        Assert.Null(withCredentials.Headers.Age);
        Assert.NotNull((await Send(Page)).Headers.Age);
    }

    [Fact]
    public async Task A_page_has_a_strong_etag_a_last_modified_date_and_a_cdn_friendly_cache_lifetime()
    {
        var response = await Send(Page);

        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.NotNull(response.Content.Headers.LastModified);
        var cacheControl = response.Headers.CacheControl;
        Assert.NotNull(cacheControl);
        Assert.True(cacheControl.Public);
        Assert.InRange(cacheControl.MaxAge!.Value.TotalSeconds, 1, 300);
        Assert.Contains(cacheControl.Extensions, e => e.Name == "stale-while-revalidate");
    }

    [Fact]
    public async Task A_matching_if_none_match_answers_304_with_no_body()
    {
        var etag = (await Send(Page)).Headers.ETag!;
        await Send(Page);

        var revalidated = await Send(Page, r => r.Headers.IfNoneMatch.Add(etag));
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());

        var other = await Send(Page, r => r.Headers.IfNoneMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"something-else\"")));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task An_if_modified_since_at_or_after_last_modified_answers_304()
    {
        var lastModified = (await Send(Page)).Content.Headers.LastModified!.Value;

        var revalidated = await Send(Page, r => r.Headers.IfModifiedSince = lastModified);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        var stale = await Send(Page, r => r.Headers.IfModifiedSince = lastModified.AddDays(-1));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
    }

    [Fact]
    public async Task After_an_edit_the_old_etag_no_longer_matches_and_the_new_page_is_served()
    {
        using var content = TempContent.WithSiteSettings();
        content.Write("basics/page.md", Articles.Valid("Before the edit"));
        using var factory = new SiteFactory(content.Path, settings: SiteFactory.WatcherOnly());
        var client = factory.Browser();
        var oldTag = (await client.GetAsync("/basics/page")).Headers.ETag!;

        content.Write("basics/page.md", Articles.Valid("After the edit"));
        await Eventually.True(async () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/basics/page");
            request.Headers.IfNoneMatch.Add(oldTag);
            var response = await client.SendAsync(request);
            return response.StatusCode == HttpStatusCode.OK
                && Html.Text(Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("h1")) == "After the edit";
        }, "the edited page despite the old ETag");
    }

    [Fact]
    public async Task Different_pages_have_different_etags()
    {
        var one = (await Send(Page)).Headers.ETag;
        var two = (await Send("/living-with-a-pump/alarms")).Headers.ETag;
        Assert.NotEqual(one, two);
    }

    [Fact]
    public async Task Fingerprinted_assets_are_cached_for_a_year_and_immutable()
    {
        var (_, page) = await site.Get(Page);
        var css = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var response = await Send(css);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cacheControl = response.Headers.CacheControl!.ToString();
        Assert.Contains("max-age=31536000", cacheControl);
        Assert.Contains("immutable", cacheControl);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_and_css_are_compressed_for_browsers_that_accept_it(string encoding)
    {
        var plain = await (await Send(Page)).Content.ReadAsStringAsync();
        var (_, parsed) = await site.Get(Page);
        var css = parsed.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        foreach (var url in new[] { Page, css })
        {
            var response = await Send(url, r => r.Headers.AcceptEncoding.ParseAdd(encoding));
            Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
            var compressed = await response.Content.ReadAsStreamAsync();
            Stream decoder = encoding == "br" ? new BrotliStream(compressed, CompressionMode.Decompress) : new GZipStream(compressed, CompressionMode.Decompress);
            var text = await new StreamReader(decoder).ReadToEndAsync();
            if (url == Page) Assert.Equal(Html.Text(Html.Parse(plain).QuerySelector("main")), Html.Text(Html.Parse(text).QuerySelector("main")));
            else Assert.Contains(".callout", text);
        }
    }
}
