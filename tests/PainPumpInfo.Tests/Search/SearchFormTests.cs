using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Search;

/// <summary>The search box in every page's header: a labelled GET form that needs no JavaScript and sets no cookie.</summary>
public sealed class SearchFormTests(ShippedSite site) : IClassFixture<ShippedSite>, IDisposable
{
    /// <summary>Each test its own client address, so no test spends another's search budget.</summary>
    private readonly HttpClient client = site.Visitor();

    public static TheoryData<string> Pages => new() { "/", "/living-with-a-pump/refills", "/faq", "/search", "/search?q=pump", "/no-such-page" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_a_labelled_get_search_form_in_its_header(string url)
    {
        var (_, page) = await ShippedSite.Get(client, url);

        var form = Assert.Single(page.QuerySelectorAll("form[role=search]"));
        Assert.NotNull(form.Closest("header"));
        Assert.Equal("get", form.GetAttribute("method"), ignoreCase: true);
        Assert.Equal("/search", form.GetAttribute("action"));
        var input = form.QuerySelector("input[name=q]");
        Assert.NotNull(input);
        var label = form.QuerySelector($"label[for='{input.Id}']");
        Assert.NotNull(label);
        Assert.Equal("Search this site", Html.Text(label));
        Assert.Null(form.QuerySelector("input[type=hidden]"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_page_sets_a_cookie(string url)
    {
        var response = await client.GetAsync(url);

        Assert.False(response.Headers.Contains("Set-Cookie"), $"{url} sets a cookie");
    }

    public void Dispose() => client.Dispose();
}
