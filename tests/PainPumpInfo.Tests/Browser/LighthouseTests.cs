using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Browser;

/// <summary>
/// Lighthouse gives the home page, an article and the FAQ 100 for accessibility, best practices and SEO, as a
/// phone sees them. (Its performance score is a timing, measured by hand: README, "Lighthouse".)
/// </summary>
public sealed class LighthouseTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/living-with-a-pump/alarms")]
    [InlineData("/faq")]
    public async Task The_page_scores_100_for_accessibility_best_practices_and_seo(string path)
    {
        site.Require();
        RequiredTool.Require(Lighthouse.MissingTools(BrowserSite.ChromiumPath));

        var categories = await Lighthouse.Audit(new Uri(site.BaseAddress, path), BrowserSite.ChromiumPath,
            "accessibility", "best-practices", "seo");

        Assert.Equal(["accessibility", "best-practices", "seo"], categories.Keys.Order());
        foreach (var (name, category) in categories)
            Assert.True(category.Score == 1, $"{path}: {name} scored {category.Score * 100:0}; failed: {string.Join("; ", category.Failed)}");
    }
}
