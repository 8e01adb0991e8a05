using Microsoft.Playwright;

namespace PainPumpInfo.Tests.Browser;

/// <summary>
/// What Lighthouse would notice first, checked in real Chromium: a page load with no error in the console and no
/// failed request (a missing favicon is both), and a disclaimer banner whose text starts where the page's does.
/// </summary>
public sealed class FirstImpressionTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    public static TheoryData<string> Pages => new() { "/", "/living-with-a-pump/refills", "/faq" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_loads_with_no_console_error_and_no_failed_request(string path)
    {
        var page = await site.Require().NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add($"console: {message.Text}"); };
        page.Response += (_, response) => { if (response.Status >= 400) problems.Add($"{response.Status} for {response.Url}"); };
        page.RequestFailed += (_, request) => problems.Add($"failed: {request.Url} ({request.Failure})");

        await page.GotoAsync(new Uri(site.BaseAddress, path).ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.CloseAsync();
    }

    [Theory]
    [InlineData("/living-with-a-pump/refills", 375)]
    [InlineData("/living-with-a-pump/refills", 1280)]
    [InlineData("/", 375)]
    [InlineData("/", 1280)]
    public async Task The_disclaimer_banners_text_starts_at_the_left_edge_of_the_main_content(string path, int width)
    {
        var page = await site.Open(path, width);

        var content = await LeftOfText(page, "main h1");
        var banner = await LeftOfText(page, ".disclaimer-banner p");
        var footer = await LeftOfText(page, ".site-footer h2");

        Assert.True(Math.Abs(banner - content) < 1, $"at {width}px the banner text starts at {banner}px, the page's heading at {content}px");
        Assert.True(Math.Abs(footer - content) < 1, $"at {width}px the footer text starts at {footer}px, the page's heading at {content}px");
        await page.CloseAsync();
    }

    /// <summary>Where the first line of an element's text begins on screen, not where its box does.</summary>
    private static Task<double> LeftOfText(IPage page, string selector) => page.EvaluateAsync<double>("""
        selector => {
            const range = document.createRange();
            range.selectNodeContents(document.querySelector(selector));
            return range.getClientRects()[0].left;
        }
        """, selector);
}
