using System.Globalization;

namespace PainPumpInfo.Web.Hosting;

/// <summary>
/// <c>Site:RescanSeconds</c>: how often the content folder is re-read even when no file event arrived, the safety
/// net for mounts and editors the watcher misses. <c>0</c> or <c>off</c> leaves only the watcher, which is how the
/// tests prove the watcher works (the re-scan would otherwise bring every change in on its own).
/// </summary>
public static class RescanInterval
{
    public const string Off = "off";

    /// <summary>The interval, or null when re-scanning is off; a value that is neither stops the start with a clear message.</summary>
    public static TimeSpan? Parse(string? value)
    {
        var text = (value ?? "").Trim();
        if (text.Equals(Off, StringComparison.OrdinalIgnoreCase)) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds < 0 || double.IsInfinity(seconds))
            throw new InvalidOperationException($"Site:RescanSeconds '{value}' is not a number of seconds (such as 10), 0 or '{Off}'");
        return seconds == 0 ? null : TimeSpan.FromSeconds(seconds);
    }
}
