namespace PainPumpInfo.Tests.Support;

/// <summary>
/// Tests that need a program from outside .NET (Chromium, nginx, Java) skip with an install hint when it is
/// missing, except in CI (CI=true), where a missing tool is a failure: CI must run every test.
/// </summary>
public static class RequiredTool
{
    /// <summary>The full path of a program in <paramref name="firstLookIn"/> or on PATH, or null when it is nowhere.</summary>
    public static string? OnPath(string program, string? firstLookIn = null) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Prepend(firstLookIn ?? "")
            .Where(dir => dir.Length > 0)
            .SelectMany(dir => new[] { Path.Combine(dir, program), Path.Combine(dir, program + ".exe") })
            .FirstOrDefault(File.Exists);

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <param name="missing">Why the tool cannot be used, with how to install it; null when it can.</param>
    public static void Require(string? missing)
    {
        if (missing is null) return;
        if (InCi) Assert.Fail(missing + " — CI=true, so this test must run.");
        Assert.Skip(missing);
    }
}
