using System.Diagnostics;
using System.Text.Json;

namespace PainPumpInfo.Tests.Support;

/// <summary>
/// Google Lighthouse (pinned in tools/lighthouse/package.json) run by Node against one page, in Debian's
/// Chromium. <see cref="MissingTools"/> says what to install when it cannot run.
/// </summary>
public static class Lighthouse
{
    public static string CliPath { get; } =
        Path.Combine(RepoPaths.Root, "tools", "lighthouse", "node_modules", "lighthouse", "cli", "index.js");

    /// <summary>One category's score (0 to 1) and the audits in it that did not pass, "id: title".</summary>
    public sealed record Category(double Score, IReadOnlyList<string> Failed);

    /// <summary>What to install, or null when Node, Chromium and Lighthouse are there.</summary>
    public static string? MissingTools(string chromiumPath)
    {
        var missing = new List<string>();
        if (Node() is null) missing.Add("Node.js is not installed (apt-get install -y nodejs npm)");
        if (!File.Exists(CliPath)) missing.Add($"Lighthouse is not at {CliPath} (run: npm ci --prefix tools/lighthouse)");
        if (!File.Exists(chromiumPath)) missing.Add($"{chromiumPath} not found (apt-get install chromium)");
        return missing.Count == 0 ? null : "Lighthouse not run: " + string.Join("; ", missing);
    }

    /// <summary>Audits the page in the given categories, as a phone (Lighthouse's default).</summary>
    public static async Task<IReadOnlyDictionary<string, Category>> Audit(Uri page, string chromiumPath, params string[] categories)
    {
        var start = new ProcessStartInfo(Node()!)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["CHROME_PATH"] = chromiumPath;
        foreach (var arg in new[]
                 {
                     CliPath, page.ToString(), "--quiet", "--output=json", "--output-path=stdout",
                     "--only-categories=" + string.Join(',', categories),
                     "--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking",
                 })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try { await process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Lighthouse did not finish {page} within 3 minutes");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"Lighthouse failed on {page} (exit code {process.ExitCode}): {await stderr}");

        using var report = JsonDocument.Parse(await stdout);
        var audits = report.RootElement.GetProperty("audits");
        return report.RootElement.GetProperty("categories").EnumerateObject().ToDictionary(
            category => category.Name,
            category => new Category(
                category.Value.GetProperty("score").GetDouble(),
                category.Value.GetProperty("auditRefs").EnumerateArray()
                    .Select(reference => audits.GetProperty(reference.GetProperty("id").GetString()!))
                    .Where(audit => audit.GetProperty("score").ValueKind == JsonValueKind.Number
                                    && audit.GetProperty("score").GetDouble() < 1)
                    .Select(audit => $"{audit.GetProperty("id").GetString()}: {audit.GetProperty("title").GetString()}")
                    .ToArray()));
    }

    private static string? Node() => RequiredTool.OnPath("node");
}
