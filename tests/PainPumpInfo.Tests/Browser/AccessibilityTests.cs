using Microsoft.Playwright;

namespace PainPumpInfo.Tests.Browser;

/// <summary>axe-core (WCAG 2.2 AA rules) in real Chromium finds nothing on any page, on a phone or a desktop.</summary>
public sealed class AccessibilityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    public static TheoryData<string> Pages() => new(BrowserSite.Pages());

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_no_axe_violations_at_375px_and_1280px(string path)
    {
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await site.Open(path, width);
            await AxeAssert.NoViolations(page, width);
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task Keyboard_users_reach_a_visible_skip_link_first_and_it_moves_focus_to_the_main_content()
    {
        var page = await site.Open("/living-with-a-pump/refills", 1280);

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("document.activeElement.textContent.trim()");
        Assert.Equal("Skip to main content", focused);
        var box = await page.Locator(".skip-link").BoundingBoxAsync();
        Assert.True(box is not null && box.Y >= 0, "the focused skip link is on screen");
        var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task Printing_hides_navigation_and_keeps_the_disclaimer_review_date_and_sources()
    {
        var page = await site.Open("/living-with-a-pump/refills", 1280);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
        Assert.False(await page.Locator("nav[aria-label=Breadcrumb]").IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Complementary, new() { Name = "Medical disclaimer" }).IsVisibleAsync());
        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.True(await page.Locator(".review-info").IsVisibleAsync());
        Assert.True(await page.Locator(".sources").IsVisibleAsync());
        var address = page.Locator(".print-only");
        Assert.True(await address.IsVisibleAsync(), "the page address is printed");
        Assert.EndsWith("/living-with-a-pump/refills", (await address.InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task On_screen_the_printed_page_address_is_hidden()
    {
        var page = await site.Open("/living-with-a-pump/refills", 1280);
        Assert.False(await page.Locator(".print-only").IsVisibleAsync());
    }
}
