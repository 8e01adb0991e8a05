using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PainPumpInfo.Web.Hosting;

/// <summary>For load balancers: healthy, or degraded while some content file has errors (the site still serves).</summary>
public sealed class ContentHealthCheck(ContentStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = store.Current;
        var errors = snapshot.Diagnostics.Count(d => d.IsError);
        return Task.FromResult(errors == 0
            ? HealthCheckResult.Healthy($"{snapshot.Articles.Count} articles, content version {snapshot.Version}")
            : HealthCheckResult.Degraded($"{errors} content error(s); see /_status/content or run check"));
    }
}
