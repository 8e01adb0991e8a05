using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace PainPumpInfo.Tests.Support;

/// <summary>
/// The shipped site with a clock that stands still, so a test that works out dates from "today" agrees with the
/// site however long the run takes: the tools' day turns at noon UTC (see RefillDate), often in the middle of a run.
/// </summary>
public sealed class FixedClockSite() : ShippedSite(new Dictionary<string, string?>(), services => services.AddSingleton<TimeProvider>(Clock))
{
    public static readonly FakeTimeProvider Clock = new(DateTimeOffset.UtcNow);
}
