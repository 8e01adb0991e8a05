using System.Collections.Concurrent;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Editing;

/// <summary>Readers never see a half-built snapshot: pages requested while files churn are whole pages.</summary>
public sealed class ReloadUnderLoadTests : IDisposable
{
    private readonly TempContent content = TempContent.WithSiteSettings();

    [Fact]
    public async Task Pages_requested_while_files_are_rewritten_are_never_errors_and_always_carry_the_disclaimer()
    {
        for (var i = 0; i < 5; i++)
            content.Write($"basics/page-{i}.md", Articles.Valid($"Page {i}", extra: "section: basics"));
        using var factory = new SiteFactory(content.Path);
        var client = factory.Browser();
        var failures = new ConcurrentBag<string>();
        var responses = 0;
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 8).Select(reader => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var url = reader % 3 == 0 ? "/" : $"/basics/page-{reader % 5}";
                var response = await client.GetAsync(url);
                Interlocked.Increment(ref responses);
                if ((int)response.StatusCode >= 500) failures.Add($"{url}: {(int)response.StatusCode}");
                if (!response.IsSuccessStatusCode) continue;
                var page = Html.Parse(await response.Content.ReadAsStringAsync());
                if (!Html.Text(page.QuerySelector("[aria-label='Medical disclaimer']")).Contains("Test banner disclaimer"))
                    failures.Add($"{url}: no disclaimer");
            }
        })).ToArray();

        for (var round = 0; round < 150; round++)
        {
            var i = round % 5;
            var text = (round % 4) switch
            {
                0 => "---\ntitle: [broken", // a broken save
                1 => "",                     // a truncated save
                _ => Articles.Valid($"Page {i} round {round}", extra: "section: basics"),
            };
            content.Write($"basics/page-{i}.md", text);
            await Task.Delay(10);
        }
        await Task.Delay(500);
        stop.Cancel();
        await Task.WhenAll(readers);

        Assert.True(responses > 100, $"only {responses} responses were made");
        Assert.Empty(failures);
    }

    public void Dispose() => content.Dispose();
}
