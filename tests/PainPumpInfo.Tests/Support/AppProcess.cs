using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PainPumpInfo.Tests.Support;

/// <summary>
/// The built web app run as a process of its own, the way `dotnet PainPumpInfo.Web.dll` runs on a server, with
/// its console log captured: for what only a real start shows, such as what it logs on a machine it never ran on.
/// </summary>
public sealed partial class AppProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <param name="environment">Variables set for the process, on top of this one's (a null value removes one).</param>
    public AppProcess(IEnumerable<string> args, IDictionary<string, string?> environment)
    {
        // The test output folder holds the web app's dll, runtimeconfig and appsettings.json, as a publish folder does.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PainPumpInfo.Web.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Every line the app has written to stdout and stderr so far.</summary>
    public IReadOnlyList<string> Output => output.ToArray();

    /// <summary>The address Kestrel reports once it listens (start it with <c>--urls http://127.0.0.1:0</c>).</summary>
    public async Task<Uri> Listening(TimeSpan within)
    {
        var done = await Task.WhenAny(listening.Task, Task.Delay(within));
        if (done != listening.Task)
            throw new TimeoutException($"the app did not start listening within {within.TotalSeconds} s:\n{string.Join("\n", Output)}");
        return await listening.Task;
    }

    private void Read(string? line)
    {
        if (line is null) return;
        output.Enqueue(line);
        if (ListeningOn().Match(line) is { Success: true } match) listening.TrySetResult(new Uri(match.Groups[1].Value));
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit(5000);
        process.Dispose();
    }
}
