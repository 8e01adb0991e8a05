using AngleSharp.Dom;

namespace PainPumpInfo.Tests.Support;

/// <summary>Reads a /search response the way a visitor sees it: the results list, in order.</summary>
public sealed record SearchPage(System.Net.HttpStatusCode Status, IDocument Document)
{
    public static async Task<SearchPage> Get(HttpClient client, string query)
    {
        var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString(query));
        // A refused search has no results either: never let it pass for "nothing found".
        Assert.True(response.StatusCode != System.Net.HttpStatusCode.TooManyRequests,
            $"the search for '{query}' was refused (429): this client ran out of its search budget");
        return new SearchPage(response.StatusCode, Html.Parse(await response.Content.ReadAsStringAsync()));
    }

    public IReadOnlyList<IElement> Results => Document.QuerySelectorAll("main ol.search-results > li").ToArray();

    /// <summary>Each result's link, as written in the page (route and any #heading).</summary>
    public IReadOnlyList<string> Links => Results.Select(li => li.QuerySelector("h2 a")?.GetAttribute("href") ?? "").ToArray();

    /// <summary>Each result's article route, without the leading slash or the #heading.</summary>
    public IReadOnlyList<string> Routes => Links.Select(href => href.Split('#')[0].TrimStart('/')).ToArray();

    public IReadOnlyList<string> Notices => Document.QuerySelectorAll("main .search-notice").Select(Html.Text).ToArray();
}
