using System.Net;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Pumps;

/// <summary>The shipped content/pumps.yml: every page it makes shows every fact as the file says, cited, on a page like every other.</summary>
public sealed class ShippedPumpPagesTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    private static readonly PumpsOracle Pumps = PumpsOracle.Shipped();

    public static TheoryData<string> ModelKeys() => new(Pumps.ModelKeys);

    public static TheoryData<string> PagePaths() => new(Pumps.PagePaths);

    [Theory]
    [MemberData(nameof(ModelKeys))]
    public async Task Each_model_page_shows_every_fact_of_the_file_with_working_citations(string model)
    {
        var (response, page) = await site.Get("/pumps/" + model);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("main .pump-facts tbody tr").Skip(1).ToArray();
        Assert.Equal(Pumps.Facts.Select(f => f.Label), rows.Select(r => Html.Text(r.QuerySelector("th"))));
        for (var i = 0; i < Pumps.Facts.Count; i++)
        {
            var fact = Pumps.Facts[i].Key;
            Assert.True(Pumps.IsUnknown(model, fact) || Pumps.FactSources(model, fact).Count > 0, $"{model}.{fact} is neither sourced nor marked unknown");
            PumpPageAssert.Cell(rows[i].QuerySelector("td")!, Pumps.FactText(model, fact), Pumps.FactSources(model, fact), Pumps.Sources, page);
        }
        PumpPageAssert.CitationsResolve(page);
        var device = JsonLdBlocks.Single(page, "MedicalWebPage").GetProperty("about");
        Assert.Equal("MedicalDevice", device.GetProperty("@type").GetString());
        Assert.Contains(Pumps.Name(model), device.GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_comparison_shows_every_fact_of_every_model_with_working_citations()
    {
        var (_, page) = await site.Get("/pumps");

        foreach (var (fact, label) in Pumps.Facts)
        {
            var region = page.QuerySelectorAll("main .pump-facts").Single(r => Html.Text(r.QuerySelector("thead th:nth-child(2)")) == label);
            PumpPageAssert.FactTable(region, Pumps, fact, page);
        }
        PumpPageAssert.CitationsResolve(page);
    }

    [Theory]
    [MemberData(nameof(PagePaths))]
    public async Task Each_pump_page_has_the_disclaimers_and_one_h1(string path)
    {
        var (_, page) = await site.Get(path);

        PageAssert.Disclaimers(page);
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Theory]
    [InlineData("8637", "pumps/synchromed-ii")]
    [InlineData("Flowonix", "pumps/prometra")]
    [InlineData("Flowonix", "pumps/prometra-ii")]
    [InlineData("Medtronic pump", "pumps/synchromed-ii")]
    [InlineData("Codman", "pumps/codman-3000")]
    [InlineData("SynchroMed EL", "pumps/synchromed-el")]
    public async Task Search_finds_a_model_by_its_maker_name_or_model_number(string query, string route)
    {
        var results = await SearchPage.Get(site.Client, query);
        Assert.Contains(route, results.Routes);
    }
}
