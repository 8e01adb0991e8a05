using System.Collections.Concurrent;
using System.Diagnostics;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Hardening;

/// <summary>
/// Faults under load: 30 seconds of 64 concurrent connections to real Kestrel while content files are edited,
/// broken, fixed, renamed and deleted in a loop. Not one 5xx, not one failed connection, and every page that
/// answers 200 carries the disclaimer.
/// </summary>
public sealed class LoadWithEditsTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);
    private const int Connections = 64;

    [Fact]
    public async Task Thirty_seconds_of_64_connections_while_content_churns_gives_no_errors()
    {
        using var server = new LiveServer();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Connections };
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
        var paths = RepoPaths.ArticleFiles().Select(f => "/" + f[..^".md".Length]).Prepend("/").Append("/glossary").ToArray();
        var failures = new ConcurrentQueue<string>();
        long ok = 0, other = 0;
        var clock = Stopwatch.StartNew();

        var readers = Enumerable.Range(0, Connections).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; clock.Elapsed < Duration; i++)
            {
                var path = paths[i % paths.Length];
                try
                {
                    using var response = await client.GetAsync(path);
                    var status = (int)response.StatusCode;
                    if (status >= 500) failures.Enqueue($"{path}: {status}");
                    else if (status == 200)
                    {
                        var page = Html.Parse(await response.Content.ReadAsStringAsync());
                        if (!Html.Text(page.QuerySelector("[aria-label='Medical disclaimer']")).Contains("Not medical advice"))
                            failures.Enqueue($"{path}: 200 without the disclaimer");
                        Interlocked.Increment(ref ok);
                    }
                    else Interlocked.Increment(ref other);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    failures.Enqueue($"{path}: {ex.GetType().Name} {ex.Message}");
                }
            }
        })).ToArray();

        var editor = Task.Run(() => ChurnContent(server.ContentPath, clock));
        await Task.WhenAll(readers.Append(editor));

        Assert.True(failures.IsEmpty, $"{failures.Count} failures, e.g. {string.Join("; ", failures.Take(5))}");
        Assert.True(ok > 1000, $"only {ok} pages were served ({other} other answers)");
    }

    /// <summary>Edits, breaks, fixes, renames and deletes articles, round after round, until the load stops.</summary>
    private static async Task ChurnContent(string content, Stopwatch clock)
    {
        var refills = Path.Combine(content, "living-with-a-pump", "refills.md");
        var alarms = Path.Combine(content, "living-with-a-pump", "alarms.md");
        var renamed = Path.Combine(content, "living-with-a-pump", "alarms-renamed.md");
        var original = await File.ReadAllTextAsync(refills);
        var extra = Path.Combine(content, "basics", "extra.md");
        Directory.CreateDirectory(Path.GetDirectoryName(extra)!);
        for (var round = 0; clock.Elapsed < Duration; round++)
        {
            switch (round % 6)
            {
                case 0: await File.WriteAllTextAsync(refills, original.Replace("Refills", $"Refills {round}")); break;
                case 1: await File.WriteAllTextAsync(refills, "---\ntitle: [broken"); break;
                case 2: await File.WriteAllTextAsync(refills, original); break;
                case 3: if (File.Exists(alarms)) File.Move(alarms, renamed, overwrite: true); break;
                case 4: if (File.Exists(renamed)) File.Move(renamed, alarms, overwrite: true); break;
                case 5:
                    if (File.Exists(extra)) File.Delete(extra);
                    else await File.WriteAllTextAsync(extra, Articles.Valid($"Extra {round}"));
                    break;
            }
            await Task.Delay(100);
        }
    }
}
