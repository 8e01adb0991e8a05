using AngleSharp.Dom;

namespace PainPumpInfo.Tests.Support;

/// <summary>Assertions every page must pass.</summary>
public static class PageAssert
{
    /// <summary>The short banner is a labelled landmark before main; the full text is in the footer. Both come from site.yml.</summary>
    public static void Disclaimers(IDocument page)
    {
        var site = FrontMatterOracle.Site();
        var banner = HasDisclaimerBanner(page);
        Assert.Null(banner.Closest("main"));
        Assert.Contains(Html.Normalise(site["disclaimer_short"]!.ToString()!), Html.Text(banner));
        Assert.Contains(Html.Normalise(site["disclaimer_full"]!.ToString()!), Html.Text(page.QuerySelector("footer")));
    }

    /// <summary>A labelled disclaimer banner stands before main, for pages over any content.</summary>
    public static IElement HasDisclaimerBanner(IDocument page)
    {
        var banner = page.QuerySelector("[aria-label='Medical disclaimer']");
        var main = page.QuerySelector("main");
        Assert.NotNull(banner);
        Assert.NotNull(main);
        Assert.True(Html.Precedes(banner, main), "the disclaimer banner comes before <main>");
        Assert.Contains("Not medical advice", Html.Text(banner));
        return banner;
    }
}
