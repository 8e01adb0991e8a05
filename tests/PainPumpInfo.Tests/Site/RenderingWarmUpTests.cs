using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PainPumpInfo.Tests.Support;
using PainPumpInfo.Web.Hosting;

namespace PainPumpInfo.Tests.Site;

/// <summary>
/// At start-up, while the content is read, the site renders its not-found page once in process from an empty
/// snapshot, so that the first reader's page does not also pay for MVC and Razor's first use. Readers never see
/// that empty snapshot.
/// </summary>
public sealed class RenderingWarmUpTests : IDisposable
{
    private readonly TempContent content = TempContent.CopyOfShipped();
    private readonly CapturedLogs logs = new();

    public void Dispose() => content.Dispose();

    [Fact]
    public async Task The_not_found_page_is_rendered_at_start_up_before_anyone_asks_for_a_page()
    {
        using var factory = Site();

        // Starting the host is all: no request is sent.
        _ = factory.Services;

        await Eventually.True(() => Task.FromResult(WarmUpEntries().Any()), "the warm-up's log entry");
        var (level, text) = WarmUpEntries().Single();
        Assert.Equal(LogLevel.Debug, level);
        Assert.Contains("the not-found page rendered", text);
    }

    [Fact]
    public async Task After_the_warm_up_readers_get_the_real_content_and_its_address_is_an_ordinary_404()
    {
        using var factory = Site();
        using var client = factory.Browser();
        await Eventually.True(() => Task.FromResult(WarmUpEntries().Any()), "the warm-up's log entry");

        var home = await client.GetAsync("/");
        var missing = await client.GetAsync(RenderingWarmUp.Path);

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var links = Html.Parse(await home.Content.ReadAsStringAsync()).QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        foreach (var file in RepoPaths.ArticleFiles())
            Assert.Contains("/" + file[..^".md".Length], links);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var notFound = Html.Parse(await missing.Content.ReadAsStringAsync());
        PageAssert.Disclaimers(notFound);
        Assert.Null(missing.Headers.Age);
    }

    private SiteFactory Site()
    {
        var debugForWarmUp = new Dictionary<string, string?> { [$"Logging:LogLevel:{typeof(RenderingWarmUp).FullName}"] = "Debug" };
        return new SiteFactory(content.Path, settings: debugForWarmUp, services: s => s.AddSingleton<ILoggerProvider>(logs));
    }

    private IEnumerable<(LogLevel Level, string Text)> WarmUpEntries() =>
        logs.Entries.Where(e => e.Category == typeof(RenderingWarmUp).FullName).Select(e => (e.Level, e.Text));
}
