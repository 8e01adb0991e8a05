using System.Diagnostics;
using System.Text.Json;

namespace PainPumpInfo.Tests.Support;

/// <summary>
/// The W3C Nu Html Checker (vnu.jar, pinned in tools/vnu/package.json) run over a folder of saved pages.
/// It needs Java and the npm install of tools/vnu; <see cref="MissingTools"/> says how to get whichever is absent.
/// </summary>
public static class NuHtmlChecker
{
    public static string JarPath { get; } =
        Path.Combine(RepoPaths.Root, "tools", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");


    /// <summary>What to install, or null when both Java and vnu.jar are there.</summary>
    public static string? MissingTools()
    {
        var missing = new List<string>();
        if (Java() is null) missing.Add("Java is not installed (apt-get install -y default-jre-headless)");
        if (!File.Exists(JarPath)) missing.Add($"vnu.jar is not at {JarPath} (run: npm ci --prefix tools/vnu)");
        return missing.Count == 0 ? null : "Nu Html Checker not run: " + string.Join("; ", missing);
    }

    /// <summary>What one run of the checker over a folder found.</summary>
    /// <param name="Checked">The files the checker says it read, by name: a file missing here was never checked.</param>
    /// <param name="Errors">One line per error, "file:line:column: message".</param>
    public sealed record Report(IReadOnlySet<string> Checked, IReadOnlyList<string> Errors);

    /// <summary>Checks every .html file under the folder; files are reported by name, so give each a unique one.</summary>
    public static Report Check(string folder)
    {
        var start = new ProcessStartInfo(Java()!)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        // --verbose writes the name of each file it checks to stdout; the JSON report goes to stderr.
        foreach (var arg in new[] { "-jar", JarPath, "--errors-only", "--format", "json", "--verbose", "--skip-non-html", folder })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the Nu Html Checker did not finish within 5 minutes");
        }
        var checkedFiles = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Path.GetFileName)
            .OfType<string>()
            .ToHashSet();
        var report = stderr.Result;
        try
        {
            using var json = JsonDocument.Parse(report);
            var errors = json.RootElement.GetProperty("messages").EnumerateArray()
                .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
                .Select(Describe)
                .ToArray();
            return new Report(checkedFiles, errors);
        }
        catch (JsonException)
        {
            // Java or the checker itself failed; show what it said rather than a parse error.
            return new Report(checkedFiles, [$"the checker did not report JSON (exit code {process.ExitCode}): {report}{stdout.Result}"]);
        }
    }

    private static string Describe(JsonElement message)
    {
        var file = message.TryGetProperty("url", out var url) ? Path.GetFileName(url.GetString()) : "?";
        var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0;
        var column = message.TryGetProperty("firstColumn", out var c) ? c.GetInt32() : 0;
        var extract = message.TryGetProperty("extract", out var e) ? $" [{e.GetString()?.ReplaceLineEndings(" ")}]" : "";
        return $"{file}:{line}:{column}: {message.GetProperty("message").GetString()}{extract}";
    }

    private static string? Java()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        return RequiredTool.OnPath("java", string.IsNullOrEmpty(home) ? null : Path.Combine(home, "bin"));
    }
}
