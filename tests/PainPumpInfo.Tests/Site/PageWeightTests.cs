using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Site;

/// <summary>An article with its stylesheet stays within 30 KB compressed: quick on a slow phone connection.</summary>
public sealed class PageWeightTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    private const int BudgetBytes = 30 * 1024;

    public static TheoryData<string> ArticleFiles() => new(RepoPaths.ArticleFiles());

    /// <summary>The bytes a browser that accepts Brotli receives for the address (images are sent as they are).</summary>
    private async Task<int> BytesSent(string url) =>
        (await (await site.Client.GetAccepting(url, "br")).Content.ReadAsByteArrayAsync()).Length;

    [Theory]
    [MemberData(nameof(ArticleFiles))]
    public async Task An_article_and_everything_it_loads_is_at_most_30_KB_compressed(string file)
    {
        var address = "/" + file[..^".md".Length];
        var page = Html.Parse(await site.Client.GetStringAsync(address));
        var assets = page.QuerySelectorAll("link[rel=stylesheet], script[src], img[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"))
            .ToArray();

        var total = await BytesSent(address);
        foreach (var asset in assets)
            total += await BytesSent(asset!);
        Assert.True(total <= BudgetBytes, $"{file}: {total} bytes compressed, budget {BudgetBytes}");
        Assert.Empty(page.QuerySelectorAll("link[rel=preload][as=font], link[href*='fonts.']"));
    }
}
