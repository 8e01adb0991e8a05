using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;

namespace PainPumpInfo.Web.Hosting;

/// <summary>
/// On Linux, each request is handled on the thread that read it from the socket, as nginx's workers do,
/// instead of being handed from the socket's thread to the thread pool and back. Most answers come from the
/// output cache in microseconds, and on a busy machine every hand-off waits for a free core: measured on two
/// cores, this (with workstation GC, see the project file) took the load script's throughput from 0.72–0.88
/// to 0.93–1.05 of nginx (README, "Performance").
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
