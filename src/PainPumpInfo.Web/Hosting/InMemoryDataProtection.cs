using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace PainPumpInfo.Web.Hosting;

/// <summary>
/// Razor Pages registers ASP.NET Core Data Protection (for antiforgery tokens and cookies), and its start-up
/// service creates a key and writes it, unencrypted, to the user profile, warning so in the log. This site sets
/// no cookie and signs nothing a later process must read, so it needs no stored keys: any key is made in memory,
/// when first used, and dies with the process.
/// </summary>
public static class InMemoryDataProtection
{
    public static IServiceCollection KeepDataProtectionKeysInMemory(this IServiceCollection services)
    {
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        // The start-up service only warms the file-backed key ring, which the in-memory provider never reads;
        // left in, it would still create and store a key on every fresh machine.
        var dataProtectionLibrary = typeof(KeyManagementOptions).Assembly;
        foreach (var warmUp in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Assembly == dataProtectionLibrary).ToArray())
            services.Remove(warmUp);
        return services;
    }
}
