using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PainPumpInfo.Tests.Support;

/// <summary>Hosts the real app in memory over a given content folder and environment.</summary>
/// <param name="services">Replaces services the app registers (run after the app's own registrations).</param>
public sealed class SiteFactory(string contentPath, string environment = "Production", IDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Site:ContentPath", contentPath);
        // No parse cache unless a test asks for one: tests never write to the home folder.
        builder.UseSetting("Site:CacheDirectory", "off");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
        builder.ConfigureServices(registered => registered.AddSingleton<IStartupFilter, ClientAddresses>());
        if (services is not null) builder.ConfigureTestServices(services);
    }

    /// <summary>
    /// Settings for tests of live reload: the periodic re-scan turned off, so a change can only arrive through the
    /// file watcher. With it on, a broken watcher would still pass within the tests' deadline.
    /// </summary>
    public static Dictionary<string, string?> WatcherOnly(IDictionary<string, string?>? settings = null) =>
        new(settings ?? new Dictionary<string, string?>()) { ["Site:RescanSeconds"] = "off" };

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A browser with a client address of its own, so its searches have a rate-limit budget of their own.</summary>
    public HttpClient Visitor()
    {
        var client = Browser();
        client.DefaultRequestHeaders.Add(ClientAddresses.Header, ClientAddresses.Next());
        return client;
    }

    public static bool IsDevelopment(string environment) => environment == Environments.Development;
}
