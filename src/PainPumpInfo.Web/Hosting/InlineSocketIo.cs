using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;

namespace PainPumpInfo.Web.Hosting;

/// <summary>
/// On Linux, each request is handled on the thread that read it from the socket, as nginx's workers do,
/// instead of being handed from the socket's thread to the thread pool and back. Most answers come from the
/// output cache in microseconds, and on a busy machine every hand-off waits for a free core: measured on two
/// cores under the load script, with this the site answered 0.71 of nginx's requests per second; without it
/// 0.58, each request then costing twice nginx's CPU (README, "Performance").
/// </summary>
/// <remarks>
/// The price: code on the request path must not block a thread (no sync I/O, no .Result), or it stalls every
/// connection that thread serves. Nothing here does: content is in memory, files are sent asynchronously, and
/// a search at start-up awaits its index (ContentSnapshot.Search). Setting
/// DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=0 in the environment turns this off.
/// </remarks>
public static class InlineSocketIo
{
    private const string RuntimeSwitch = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    public static IWebHostBuilder UseInlineSocketIo(this IWebHostBuilder webHost)
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable(RuntimeSwitch) == "0")
            return webHost;
        // The runtime reads this once, when the process opens its first socket: Kestrel has not bound yet.
        Environment.SetEnvironmentVariable(RuntimeSwitch, "1");
        return webHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true);
    }
}
