using AngleSharp.Dom;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Citations;

/// <summary>
/// In every shipped article, found from the files themselves, a reader can check each claim: every citation leads to
/// an entry of that page's own numbered source list, and each entry leads back.
/// </summary>
public sealed class ShippedCitationTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    public static TheoryData<string> ArticleFiles() => new(RepoPaths.ArticleFiles());

    private static string RouteOf(string file) => "/" + file[..^".md".Length];

    private static IElement[] SourceEntries(IDocument page)
    {
        var heading = Assert.Single(page.QuerySelectorAll("h2"), h => Html.Text(h) == "Sources");
        var list = heading.ParentElement!.QuerySelector("ol");
        Assert.NotNull(list);
        return list.Children.Where(c => c.LocalName == "li").ToArray();
    }

    [Theory]
    [MemberData(nameof(ArticleFiles))]
    public async Task Every_citation_links_to_the_numbered_entry_of_its_own_source_list(string file)
    {
        var (_, page) = await site.Get(RouteOf(file));
        var entries = SourceEntries(page);
        var citations = page.QuerySelectorAll("main sup.citation a").ToArray();

        Assert.NotEmpty(citations);
        foreach (var citation in citations)
        {
            var href = citation.GetAttribute("href")!;
            Assert.StartsWith("#", href);
            var target = page.GetElementById(href[1..]);
            var index = Array.IndexOf(entries, target);
            Assert.True(index >= 0, $"{file}: citation {href} does not lead to an entry of the source list");
            Assert.Equal((index + 1).ToString(), Html.Text(citation));
            Assert.Equal($"source {index + 1}", citation.GetAttribute("aria-label"));
        }
    }

    [Theory]
    [MemberData(nameof(ArticleFiles))]
    public async Task Every_source_is_cited_and_links_back_to_where_it_is_cited(string file)
    {
        var (_, page) = await site.Get(RouteOf(file));

        foreach (var entry in SourceEntries(page))
        {
            var back = entry.QuerySelector("a.back-to-text");
            Assert.True(back is not null, $"{file}: source '{Html.Text(entry)}' is never cited");
            var citation = page.GetElementById(back.GetAttribute("href")!.TrimStart('#'));
            Assert.NotNull(citation);
            Assert.Equal("#" + entry.Id, citation.GetAttribute("href"));
        }
    }
}
