using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Pumps;

/// <summary>Saving pumps.yml changes the pump pages and every embedded table without a restart; a broken save takes nothing down.</summary>
public sealed class PumpLiveReloadTests : IDisposable
{
    private readonly TempContent content = TestPumps.Content();
    private readonly SiteFactory factory;
    private readonly HttpClient client;

    public PumpLiveReloadTests()
    {
        factory = new SiteFactory(content.Path, "Production", SiteFactory.WatcherOnly(new Dictionary<string, string?> { ["Site:ShowContentStatus"] = "true" }));
        client = factory.Browser();
    }

    private async Task<bool> Shows(string path, string selector, string text)
    {
        var response = await client.GetAsync(path);
        return response.IsSuccessStatusCode && Html.Text(Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(selector)).Contains(text);
    }

    private async Task<bool> StatusLists(string message) =>
        Html.Parse(await client.GetStringAsync("/_status/content")).QuerySelectorAll("td").Any(td => Html.Text(td).Contains(message));

    [Fact]
    public async Task An_edit_shows_on_the_model_page_the_comparison_and_the_embedded_table()
    {
        Assert.True(await Shows("/basics/scans", ".pump-facts", "Empty the pump first."), "the original text before the edit");
        content.Write("pumps.yml", TestPumps.Yml.Replace("Empty the pump first.", "Empty the pump, then set it to zero."));

        await Eventually.True(() => Shows("/basics/scans", ".pump-facts", "Empty the pump, then set it to zero."), "the edit in the embedded table");
        Assert.True(await Shows("/pumps/beta", ".pump-facts", "Empty the pump, then set it to zero."), "the edit on the model page");
        Assert.True(await Shows("/pumps", "main", "Empty the pump, then set it to zero."), "the edit on the comparison");
    }

    [Fact]
    public async Task A_new_model_gets_its_page_and_a_row_in_every_table()
    {
        var gamma = """

              - key: gamma
                name: Gamma
                maker: Gee
                still_made: unknown
                facts:
                  kind:
                    unknown: true
                  mri:
                    text: Gamma's MRI rule.
                    sources: [mri-rules]
                  battery:
                    unknown: true
            """;
        content.Write("pumps.yml", TestPumps.Yml + gamma);

        await Eventually.True(() => Shows("/pumps/gamma", "h1", "Gee Gamma pump"), "the new model's page");
        Assert.True(await Shows("/basics/scans", ".pump-facts", "Gamma's MRI rule."), "the new row in the embedded table");
    }

    public static TheoryData<string, string, string> Faults() => new()
    {
        { "    maker: Bolt\n", "    maker: Bolt\n    still_made: no\n", "'still_made' appears twice" },
        { "sources: [mri-rules, maker-guide]", "sources: [mri-rules, maker-guid]", "source 'maker-guid' is not listed" },
        { "        text: About seven years.\n        sources: [maker-guide]\n", "        text: About seven years.\n", "has text but no source" },
        { "  - key: beta", "  - key: alpha", "model 'alpha' is listed twice" },
        { "\n      battery:\n        unknown: true", "", "is missing the fact 'battery'" },
        { "    name: Beta Flow", "    name: [Beta Flow", "YAML syntax error" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_broken_save_keeps_the_last_good_data_served_lists_the_problem_and_a_fix_shows(string from, string to, string message)
    {
        Assert.True(await Shows("/pumps/beta", ".pump-facts", "Empty the pump first."), "the good version before the edit");
        content.Write("pumps.yml", TestPumps.Yml.Replace("Empty the pump first.", "Broken version.").Replace(from, to));

        await Eventually.True(() => StatusLists(message), "the problem on the status page");
        Assert.True(await StatusLists("the last good version of pumps.yml is still being served"), "the note that the last good version is served");
        Assert.True(await Shows("/pumps/beta", ".pump-facts", "Empty the pump first."), "the last good model page");
        Assert.True(await Shows("/basics/scans", ".pump-facts", "Empty the pump first."), "the last good embedded table");

        content.Write("pumps.yml", TestPumps.Yml.Replace("Empty the pump first.", "Fixed version."));
        await Eventually.True(() => Shows("/pumps/beta", ".pump-facts", "Fixed version."), "the fixed version");
        Assert.True(await Shows("/basics/scans", ".pump-facts", "Fixed version."), "the fixed embedded table");
    }

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
        content.Dispose();
    }
}
