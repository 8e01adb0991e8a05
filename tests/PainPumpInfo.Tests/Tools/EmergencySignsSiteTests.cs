using System.Net;
using AngleSharp.Dom;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Tools;

/// <summary>
/// The articles' warning boxes and the emergency sheet read the same file, so they list the same signs, and an
/// edit to it shows in both without a restart; a broken save keeps both on the last good version.
/// </summary>
public sealed class EmergencySignsSiteTests : IDisposable
{
    private readonly TempContent content = TempContent.CopyOfShipped();
    private readonly SiteFactory factory;
    private readonly HttpClient client;

    public EmergencySignsSiteTests()
    {
        factory = new SiteFactory(content.Path, settings: SiteFactory.WatcherOnly());
        client = factory.Browser();
    }

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
        content.Dispose();
    }

    private static string WithoutCitations(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var citation in copy.QuerySelectorAll(".citation").ToArray()) citation.Remove();
        return Html.Text(copy);
    }

    private async Task<IReadOnlyList<string>> BoxSigns(string url) =>
        Html.Parse(await client.GetStringAsync(url)).QuerySelectorAll(".article-body .emergency-signs li").Select(WithoutCitations).ToArray();

    private async Task<IReadOnlyList<string>> SheetSigns(params string[] medicines)
    {
        using var body = new FormUrlEncodedContent(medicines.Select(m => new KeyValuePair<string, string>("medicines", m)));
        var response = await client.PostAsync("/my-pump-card", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelectorAll(".emergency-sheet .sheet-signs li").Select(WithoutCitations).ToArray();
    }

    [Fact]
    public async Task The_overdose_and_withdrawal_page_and_the_sheet_list_exactly_the_same_signs()
    {
        var onThePage = await BoxSigns("/risks/overdose-and-withdrawal");
        var onTheSheet = await SheetSigns(EmergencySignsOracle.Medicines().Select(m => m.Key).ToArray());

        Assert.NotEmpty(onThePage);
        Assert.Equal(onTheSheet, onThePage);
    }

    [Fact]
    public async Task Every_article_box_embedding_a_list_shows_that_lists_signs_from_the_file()
    {
        var all = EmergencySignsOracle.Medicines().SelectMany(m => m.Lists).SelectMany(l => l.Signs).ToHashSet();
        foreach (var file in PublicPages.ArticleFiles().Where(f => File.ReadAllText(Path.Combine(RepoPaths.Content, f)).Contains(":::emergency-signs")))
        {
            var signs = await BoxSigns(PublicPages.RouteOf(file));
            Assert.NotEmpty(signs);
            Assert.All(signs, sign => Assert.Contains(sign, all));
        }
    }

    [Fact]
    public async Task An_edit_to_the_signs_file_shows_in_the_articles_and_the_sheet_and_a_broken_save_keeps_the_last_good_signs()
    {
        var path = Path.Combine(content.Path, "emergency-signs.yml");
        var original = await File.ReadAllTextAsync(path);
        Assert.Contains("low body temperature", await BoxSigns("/medicines/baclofen"));

        await File.WriteAllTextAsync(path, original.Replace("text: low body temperature", "text: feeling very cold (low body temperature)"));
        await Eventually.True(async () => (await BoxSigns("/medicines/baclofen")).Contains("feeling very cold (low body temperature)"), "the edited sign in the article");
        Assert.Contains("feeling very cold (low body temperature)", await SheetSigns("baclofen"));

        await File.WriteAllTextAsync(path, original.Replace("kind: overdose", "kind: [broken"));
        await Eventually.True(async () => (await client.GetStringAsync("/healthz")) == "Degraded", "the broken save reported");
        Assert.Contains("feeling very cold (low body temperature)", await BoxSigns("/medicines/baclofen"));
        Assert.Contains("feeling very cold (low body temperature)", await SheetSigns("baclofen"));
    }
}
