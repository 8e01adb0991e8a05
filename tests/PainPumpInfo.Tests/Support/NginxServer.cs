using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PainPumpInfo.Tests.Support;

/// <summary>nginx on a free 127.0.0.1 port serving a folder, configured by the repository's own deploy/nginx.conf.</summary>
public sealed class NginxServer : IDisposable
{
    public const string Binary = "/usr/sbin/nginx";

    private readonly Process process;
    private readonly string[] arguments;
    private readonly string work = Path.Combine(Path.GetTempPath(), "ppi-nginx-" + Guid.NewGuid().ToString("N"));

    public NginxServer(string root)
    {
        Directory.CreateDirectory(work);
        Port = FreePort();
        var server = File.ReadAllText(Path.Combine(RepoPaths.Root, "deploy", "nginx.conf"))
            .Replace("listen 80;", $"listen 127.0.0.1:{Port};")
            // The export folder: the root and the redirects include in it.
            .Replace("/srv/painpumpinfo", root.TrimEnd('/'))
            .Replace("/etc/nginx/painpumpinfo-headers.conf", Path.Combine(RepoPaths.Root, "deploy", "painpumpinfo-headers.conf"));
        var config = Path.Combine(work, "nginx.conf");
        File.WriteAllText(config, $$"""
            daemon off;
            worker_processes 1;
            pid {{work}}/nginx.pid;
            error_log {{work}}/error.log;
            events { worker_connections 256; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log off;
                client_body_temp_path {{work}}/body;
                proxy_temp_path {{work}}/proxy;
                fastcgi_temp_path {{work}}/fastcgi;
                uwsgi_temp_path {{work}}/uwsgi;
                scgi_temp_path {{work}}/scgi;
                {{server}}
            }
            """);
        arguments = ["-c", config, "-p", work];
        process = Process.Start(new ProcessStartInfo(Binary, arguments) { RedirectStandardError = true })!;
        WaitUntilListening();
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public static string? Missing => File.Exists(Binary) ? null : $"{Binary} not found; install it to run the static export tests: apt-get install nginx";

    private void WaitUntilListening()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (process.HasExited) throw new InvalidOperationException("nginx stopped: " + process.StandardError.ReadToEnd());
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) { Thread.Sleep(50); }
        }
        throw new TimeoutException("nginx did not start listening");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public void Dispose()
    {
        // A graceful stop, so the master stops and reaps its workers; the whole tree is killed only as a fallback.
        if (!process.HasExited)
            Process.Start(Binary, [.. arguments, "-s", "quit"])?.WaitForExit(5000);
        if (!process.WaitForExit(5000)) process.Kill(entireProcessTree: true);
        process.Dispose();
        try { Directory.Delete(work, recursive: true); } catch (IOException) { }
    }
}
