using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Site;

/// <summary>
/// Every link says where it goes. Screen reader users move through a list of a page's links, out of context;
/// Lighthouse's SEO audit fails a page with any link whose whole text is one of these phrases.
/// </summary>
public sealed class LinkTextTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    /// <summary>Lighthouse's English list of link texts that say nothing, with a few more of the same kind.</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.OrdinalIgnoreCase)
    {
        "click here", "click this", "go", "here", "information", "learn more", "more", "more info", "more information",
        "right here", "read more", "see more", "start", "this", "link", "continue", "continue reading", "details",
    };

    public static TheoryData<string> Pages() =>
        new([.. PublicPages.SitemapPaths(), "/search?q=pump", "/search?q=zzqqxx", "/no-such-page"]);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_link_on_a_page_has_generic_text_such_as_more_information_or_click_here(string path)
    {
        var (_, page) = await site.Get(path);

        // Links within the same page (citations, "back to the text") are skipped, as Lighthouse does.
        var vague = page.QuerySelectorAll("a[href]")
            .Where(a => !a.GetAttribute("href")!.StartsWith('#'))
            .Select(a => Html.Text(a).Trim(' ', '.', ':', '›', '»', '→'))
            .Where(Generic.Contains)
            .ToArray();
        Assert.True(vague.Length == 0, $"{path} has links that do not say where they go: {string.Join(", ", vague.Select(t => $"“{t}”"))}");
    }
}
