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

    /// <summary>A shipped page given a current clinical review, and one changed since its review, so their review boxes are checked too.</summary>
    public const string ReviewedPage = "/medicines/baclofen", ChangedPage = "/living-with-a-pump/travel";

    /// <summary>
    /// Every page a visitor can reach: home, each article (from the files), the glossary, the pump pages, search
    /// with and without results, the 404 page, the patient tools' forms (the refill reminder also as it answers bad
    /// input); and the staff pages.
    /// </summary>
    public static IReadOnlyList<string> Pages() =>
        ["/", .. RepoPaths.ArticleFiles().Select(f => "/" + f[..^".md".Length]), "/glossary", .. PublicPages.PumpPaths(),
         "/search?q=pump+refill", "/search?q=zzqqxx", "/no-such-page", .. PublicPages.ToolPaths(),
         "/refill-reminder.ics?date=nonsense&days=0", "/_status/content", "/_status/reviews"];

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Unavailable = $"{ChromiumPath} not found; install Debian's Chromium to run the browser tests: apt-get install chromium";
            return;
        }
        // Every page of a browser test class comes from 127.0.0.1, searches included: a budget set for the class on purpose.
        server = new LiveServer(new Dictionary<string, string?> { ["Site:ShowContentStatus"] = "true", ["Site:SearchRequestsPerMinute"] = "1000" }, AddReviews);
        BaseAddress = server.BaseAddress;

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>A reviewer, a current review, a review the text has since moved away from, and a note, as staff would add them.</summary>
    private static void AddReviews(TempContent content)
    {
        var siteYml = Path.Combine(content.Path, "site.yml");
        var shipped = File.ReadAllText(siteYml);
        Assert.Contains("\nreviewers: []", shipped);
        File.WriteAllText(siteYml, shipped.Replace("\nreviewers: []", "\n" + Reviewing.Reviewers));
        Reviewing.Reviewed(content, ChangedPage[1..], "asmith", on: Reviewing.Today.AddDays(-30));
        Reviewing.Reviewed(content, ReviewedPage[1..], "jdoe", "Checked the doses table against the label");
        var changed = Path.Combine(content.Path, ChangedPage[1..] + ".md");
        File.AppendAllText(changed, "\nA sentence added after the review.\n");
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

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        server?.Dispose();
    }
}
