using Microsoft.Playwright;

namespace PainPumpInfo.Tests.Browser;

/// <summary>In real Chromium: no cookies, nothing fetched from any other origin, and everything works with JavaScript off.</summary>
public sealed class PrivacyAndNoScriptTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    public static TheoryData<string> Pages() => new(BrowserSite.Pages());

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_load_sets_no_cookie_and_requests_nothing_from_another_origin(string path)
    {
        var context = await site.Require().NewContextAsync();
        var page = await context.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);

        await page.GotoAsync(new Uri(site.BaseAddress, path).ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });

        var origin = site.BaseAddress.GetLeftPart(UriPartial.Authority);
        Assert.All(requested, url => Assert.StartsWith(origin, url));
        Assert.Empty(await context.CookiesAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task With_javascript_off_a_reader_can_search_and_open_a_result()
    {
        var context = await site.Require().NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseAddress, "/").ToString());

        await page.GetByRole(AriaRole.Searchbox).First.FillAsync("pump refill");
        await page.GetByRole(AriaRole.Searchbox).First.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/search?"));
        var firstResult = page.Locator("main ol a, main ul a").First;
        var href = await firstResult.GetAttributeAsync("href");
        await firstResult.ClickAsync();

        Assert.NotNull(href);
        Assert.Contains(href.Split('#')[0], page.Url);
        Assert.True(await page.Locator("h1").IsVisibleAsync());
        await context.CloseAsync();
    }
}
