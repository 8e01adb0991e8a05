using System.Net;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Site;

/// <summary>A first start on a fresh machine logs no warning: an operator learns to read every warning as a problem.</summary>
public sealed class StartUpLogTests : IDisposable
{
    private readonly TempContent content = TempContent.WithSiteSettings();
    private readonly string home = Path.Combine(Path.GetTempPath(), "ppi-home-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_first_start_with_an_empty_home_folder_logs_no_warning_and_stores_no_keys()
    {
        // Content with no problem of its own: any warning would then come from the site itself.
        content.Write("basics/first.md", Articles.Valid("First page", extra: "section: basics"));
        Directory.CreateDirectory(home);
        using var app = new AppProcess(
            ["--urls", "http://127.0.0.1:0", "--Site:ContentPath", content.Path],
            new Dictionary<string, string?>
            {
                ["HOME"] = home, // where ASP.NET Core would store Data Protection keys, as on a machine never used before
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Logging__Console__FormatterName"] = "simple",
                ["DOTNET_RUNNING_IN_CONTAINER"] = null,
            });

        var address = await app.Listening(TimeSpan.FromSeconds(30));
        using var client = new HttpClient { BaseAddress = address };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/basics/first")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=first")).StatusCode);
        await Task.Delay(500); // the console logger writes from a queue of its own

        var log = app.Output;
        Assert.Contains(log, line => line.Contains("Now listening on"));
        var warnings = log.Where(line => line.StartsWith("warn:") || line.StartsWith("fail:") || line.StartsWith("crit:")).ToArray();
        Assert.True(warnings.Length == 0, "the start logged:\n" + string.Join("\n", log));
        Assert.False(Directory.Exists(Path.Combine(home, ".aspnet")), "keys were stored in the home folder");
    }

    public void Dispose()
    {
        content.Dispose();
        try { Directory.Delete(home, recursive: true); } catch (IOException) { }
    }
}
