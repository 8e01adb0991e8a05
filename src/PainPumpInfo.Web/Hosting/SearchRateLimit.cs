using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace PainPumpInfo.Web.Hosting;

/// <summary>
/// Search is the one page that does real work per request, so each client address gets a budget of searches
/// per minute; past it the answer is 429 with Retry-After (the framework's default would be 503).
/// </summary>
public static class SearchRateLimit
{
    public const string PolicyName = "search";

    public static IServiceCollection AddSearchRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        // Configured with the site options themselves, read once, rather than looked up on every search.
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SiteOptions>>((options, site) =>
        {
            var perMinute = site.Value.SearchRequestsPerMinute;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(PolicyName, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
