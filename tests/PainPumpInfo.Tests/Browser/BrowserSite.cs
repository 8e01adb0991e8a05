using Microsoft.Playwright;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Browser;

/// <summary>
/// The real app on a free 127.0.0.1 port, and Debian's Chromium driven by Playwright. Never downloads a
/// browser: without /usr/bin/chromium the browser tests skip, or fail when CI=true.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private LiveServer? server;
    private IPlaywright? playwright;

    public IBrowser? Browser { get; private set; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>Every page a visitor can reach: home, each article (from the files), the glossary, search with and without results, the 404 page.</summary>
    public static IReadOnlyList<string> Pages() =>
        ["/", .. RepoPaths.ArticleFiles().Select(f => "/" + f[..^".md".Length]), "/glossary", "/search?q=pump+refill", "/search?q=zzqqxx", "/no-such-page"];

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Unavailable = $"{ChromiumPath} not found; install Debian's Chromium to run the browser tests: apt-get install chromium";
            return;
        }
        // Every page of a browser test class comes from 127.0.0.1, searches included: a budget set for the class on purpose.
        server = new LiveServer(new Dictionary<string, string?> { ["Site:SearchRequestsPerMinute"] = "1000" });
        BaseAddress = server.BaseAddress;

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>Skips the calling test when there is no browser, except in CI where that is a failure.</summary>
    public IBrowser Require()
    {
        RequiredTool.Require(Unavailable);
        return Browser!;
    }

    public async Task<IPage> Open(string path, int width, int height = 800)
    {
        var page = await Require().NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var response = await page.GotoAsync(new Uri(BaseAddress, path).ToString());
        Assert.NotNull(response);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        server?.Dispose();
    }
}
