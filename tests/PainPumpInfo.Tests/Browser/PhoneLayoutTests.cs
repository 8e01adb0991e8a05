using Microsoft.Playwright;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Browser;

/// <summary>On a 375 × 667 phone, in real Chromium: the disclaimer is on the first screen and nothing scrolls sideways.</summary>
public sealed class PhoneLayoutTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    public static TheoryData<string> Pages() => new(BrowserSite.Pages());

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_disclaimer_banner_is_visible_without_scrolling_on_a_375px_phone(string path)
    {
        var page = await site.Open(path, 375, 667);
        var banner = page.GetByRole(AriaRole.Complementary, new() { Name = "Medical disclaimer" });

        Assert.True(await banner.IsVisibleAsync(), "the banner is visible");
        var box = await banner.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y + box.Height <= 667, $"the banner ends at {box.Y + box.Height}px, below the first 667px");
        await page.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_page_scrolls_sideways_at_320px_or_375px(string path)
    {
        foreach (var width in new[] { 320, 375 })
        {
            var page = await site.Open(path, width);
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"{path} is {scrollWidth}px wide at a {width}px viewport");
            await page.CloseAsync();
        }
    }
}
