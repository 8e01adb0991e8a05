namespace PainPumpInfo.Web.Hosting;

/// <summary>
/// Finds the parse cache's folder (<c>Site:CacheDirectory</c>, <c>--cache</c>): the configured one, <c>off</c> for
/// none, or by default the user's own cache folder, as Hugo's is. Never the temp folder: anyone may write there,
/// and the cache holds HTML the site serves.
/// </summary>
public static class CacheFolder
{
    public const string Off = "off";

    private const string AppFolder = "painpumpinfo";

    /// <returns>The folder, or null for no cache (turned off, or no home folder to put it in).</returns>
    public static string? Resolve(string? configured)
    {
        var text = (configured ?? "").Trim();
        if (text.Equals(Off, StringComparison.OrdinalIgnoreCase)) return null;
        if (text.Length > 0) return Path.GetFullPath(text);
        return UserCacheFolder() is { } userCache ? Path.Combine(userCache, AppFolder) : null;
    }

    /// <summary>$XDG_CACHE_HOME, else ~/.cache (the XDG default); on Windows the local application data folder.</summary>
    private static string? UserCacheFolder()
    {
        if (OperatingSystem.IsWindows())
            return Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData) is { Length: > 0 } local ? local : null;
        // The XDG spec says a relative value is to be ignored.
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg)) return xdg;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length > 0 ? Path.Combine(home, ".cache") : null;
    }
}
