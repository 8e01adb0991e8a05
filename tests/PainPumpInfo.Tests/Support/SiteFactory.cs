using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace PainPumpInfo.Tests.Support;

/// <summary>Hosts the real app in memory over a given content folder and environment.</summary>
public sealed class SiteFactory(string contentPath, string environment = "Production", IDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Site:ContentPath", contentPath);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static bool IsDevelopment(string environment) => environment == Environments.Development;
}
