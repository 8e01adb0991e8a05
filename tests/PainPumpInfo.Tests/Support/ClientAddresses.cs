using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace PainPumpInfo.Tests.Support;

/// <summary>
/// Search's rate limit is per client address, and every in-memory request comes from no address at all: without
/// this, all the searches of a test class would draw on one budget, and a test could pass or fail depending on
/// how many searches ran before it. A client made by <see cref="SiteFactory.Visitor"/> sends a header naming an
/// address of its own, which this filter (registered only in the tests) puts on the connection.
/// </summary>
public sealed class ClientAddresses : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    private static int last;

    /// <summary>A new address in 10.0.0.0/8 for each call: 16 million visitors before one repeats.</summary>
    public static string Next()
    {
        var n = Interlocked.Increment(ref last);
        return $"10.{(n >> 16) & 0xFF}.{(n >> 8) & 0xFF}.{n & 0xFF}";
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, rest) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
                context.Connection.RemoteIpAddress = address;
            return rest(context);
        });
        next(app);
    };
}
