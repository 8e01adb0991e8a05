using System.Collections.Concurrent;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Editing;

/// <summary>Readers never see a half-built snapshot: pages requested while files churn are whole pages, and the churn does reach them.</summary>
public sealed class ReloadUnderLoadTests : IDisposable
{
    private const int PageCount = 5;
    private readonly TempContent content = TempContent.WithSiteSettings();

    [Fact]
    public async Task Pages_requested_while_files_are_rewritten_are_never_errors_always_carry_the_disclaimer_and_show_the_new_text()
    {
        for (var i = 0; i < PageCount; i++)
            content.Write($"basics/page-{i}.md", Articles.Valid($"Page {i}", extra: "section: basics"));
        // Only the file watcher brings the edits in, so what the readers see proves it reloaded under load.
        using var factory = new SiteFactory(content.Path, settings: SiteFactory.WatcherOnly());
        var client = factory.Browser();
        string[] urls = [.. Enumerable.Range(0, PageCount).Select(i => $"/basics/page-{i}"), "/"];
        var failures = new ConcurrentBag<string>();
        var titlesSeen = new ConcurrentDictionary<string, bool>();
        var responses = 0;
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 8).Select(reader => Task.Run(async () =>
        {
            for (var n = reader; !stop.IsCancellationRequested; n++)
            {
                var url = urls[n % urls.Length];
                var response = await client.GetAsync(url);
                Interlocked.Increment(ref responses);
                if ((int)response.StatusCode >= 500) failures.Add($"{url}: {(int)response.StatusCode}");
                if (!response.IsSuccessStatusCode) continue;
                var page = Html.Parse(await response.Content.ReadAsStringAsync());
                if (!Html.Text(page.QuerySelector("[aria-label='Medical disclaimer']")).Contains("Test banner disclaimer"))
                    failures.Add($"{url}: no disclaimer");
                if (url != "/") titlesSeen.TryAdd(Html.Text(page.QuerySelector("h1")), true);
            }
        })).ToArray();

        for (var round = 0; round < 60; round++)
        {
            var i = round % PageCount;
            var text = (round % 4) switch
            {
                0 => "---\ntitle: [broken", // a broken save
                1 => "",                     // a truncated save
                _ => Articles.Valid($"Page {i} round {round}", extra: "section: basics"),
            };
            content.Write($"basics/page-{i}.md", text);
            // Bursts of quick saves, then a pause longer than the debounce, so that reloads land while the readers read.
            await Task.Delay(round % PageCount == PageCount - 1 ? 300 : 10);
        }
        for (var i = 0; i < PageCount; i++)
            content.Write($"basics/page-{i}.md", Articles.Valid($"Page {i} final", extra: "section: basics"));
        await Eventually.True(() => Task.FromResult(Enumerable.Range(0, PageCount).All(i => titlesSeen.ContainsKey($"Page {i} final"))),
            "every page's last good save served while the readers were still reading");
        stop.Cancel();
        await Task.WhenAll(readers);

        Assert.True(responses > 100, $"only {responses} responses were made");
        Assert.Empty(failures);
        var versionsSeen = titlesSeen.Keys.Where(t => t.Contains(" round ")).ToArray();
        Assert.True(versionsSeen.Length >= 2, $"only {versionsSeen.Length} saved versions were served during the churn: {string.Join(", ", versionsSeen)}");
    }

    public void Dispose() => content.Dispose();
}
