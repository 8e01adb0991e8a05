using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PainPumpInfo.Tests.Support;

/// <summary>The real app on Kestrel at a free 127.0.0.1 port, over a copy of the shipped content.</summary>
public sealed class LiveServer : IDisposable
{
    private readonly TempContent content = TempContent.CopyOfShipped();
    private readonly SiteFactory factory;

    public LiveServer(IDictionary<string, string?>? settings = null)
    {
        factory = new SiteFactory(content.Path, settings: settings);
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        BaseAddress = factory.ClientOptions.BaseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The content folder the server watches, for tests that edit it while it serves.</summary>
    public string ContentPath => content.Path;

    /// <summary>Sends bytes exactly as given (clients refuse to send some hostile requests) and returns the status code.</summary>
    public async Task<int> RawStatus(string requestLine)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, BaseAddress.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes($"{requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var statusLine = await reader.ReadLineAsync() ?? "";
        return int.Parse(statusLine.Split(' ')[1]);
    }

    public void Dispose()
    {
        factory.Dispose();
        content.Dispose();
    }
}
