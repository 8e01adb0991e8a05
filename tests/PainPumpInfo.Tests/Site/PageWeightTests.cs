using System.IO.Compression;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Site;

/// <summary>An article with its stylesheet stays within 30 KB compressed: quick on a slow phone connection.</summary>
public sealed class PageWeightTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    private const int BudgetBytes = 30 * 1024;

    public static TheoryData<string> ArticleFiles() => new(RepoPaths.ArticleFiles());

    private static int BrotliSize(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true)) brotli.Write(bytes);
        return (int)output.Length;
    }

    [Theory]
    [MemberData(nameof(ArticleFiles))]
    public async Task An_article_and_everything_it_loads_is_at_most_30_KB_compressed(string file)
    {
        var html = await site.Client.GetByteArrayAsync("/" + file[..^".md".Length]);
        var page = Html.Parse(System.Text.Encoding.UTF8.GetString(html));
        var assets = page.QuerySelectorAll("link[rel=stylesheet], script[src], img[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"))
            .ToArray();

        var total = BrotliSize(html);
        foreach (var asset in assets)
            total += BrotliSize(await site.Client.GetByteArrayAsync(asset));
        Assert.True(total <= BudgetBytes, $"{file}: {total} bytes compressed, budget {BudgetBytes}");
        Assert.Empty(page.QuerySelectorAll("link[rel=preload][as=font], link[href*='fonts.']"));
    }
}
