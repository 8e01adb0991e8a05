using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PainPumpInfo.Tests.Support;
using PainPumpInfo.Web.Hosting;

namespace PainPumpInfo.Tests.Site;

/// <summary>
/// A reload that lands while a page is being rendered changes nothing in that response: the body, the layout's
/// footer and the validators all come from the snapshot the request arrived with, and the next request gets the
/// new one whole.
/// </summary>
public sealed class OneSnapshotPerRequestTests : IDisposable
{
    private readonly TempContent content = TempContent.WithSiteSettings();

    public OneSnapshotPerRequestTests() =>
        content.Write("basics/first.md", Articles.Valid("First page", "The old body.", "section: basics"));

    /// <summary>
    /// After the page model has read the article and before the layout renders, edits the article and the footer's
    /// disclaimer and swaps the new content in, once.
    /// </summary>
    private sealed class SwapAfterThePageModel(TempContent content) : IPageFilter
    {
        private int swapped;

        public void OnPageHandlerSelected(PageHandlerSelectedContext context) { }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context) { }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
            if (context.HttpContext.Request.Path != "/basics/first" || Interlocked.Exchange(ref swapped, 1) == 1) return;
            content.Write("basics/first.md", Articles.Valid("First page", "The new body.", "section: basics"));
            content.Write("site.yml", Articles.SiteYml.Replace("Test full footer disclaimer text.", "New footer disclaimer text."));
            context.HttpContext.RequestServices.GetRequiredService<ContentStore>().Rebuild();
        }
    }

    [Fact]
    public async Task A_reload_during_a_request_leaves_that_response_whole_from_the_snapshot_it_started_with()
    {
        using var factory = new SiteFactory(content.Path, settings: SiteFactory.WatcherOnly());
        using var swapping = factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.Configure<MvcOptions>(o => o.Filters.Add(new SwapAfterThePageModel(content)))));
        var client = swapping.CreateClient();

        var during = await client.GetAsync("/basics/first");
        var duringPage = Html.Parse(await during.Content.ReadAsStringAsync());
        Assert.Contains("The old body.", Html.Text(duringPage.QuerySelector("main")));
        Assert.Contains("Test full footer disclaimer text.", Html.Text(duringPage.QuerySelector("footer")));

        // The answer's ETag is the old snapshot's: asking again with it gets the new page, not "not modified".
        var again = new HttpRequestMessage(HttpMethod.Get, "/basics/first");
        again.Headers.IfNoneMatch.Add(during.Headers.ETag!);
        var after = await client.SendAsync(again);
        var afterPage = Html.Parse(await after.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(during.Headers.ETag, after.Headers.ETag);
        Assert.Contains("The new body.", Html.Text(afterPage.QuerySelector("main")));
        Assert.Contains("New footer disclaimer text.", Html.Text(afterPage.QuerySelector("footer")));
    }

    public void Dispose() => content.Dispose();
}
