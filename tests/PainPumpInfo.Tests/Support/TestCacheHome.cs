using System.Runtime.CompilerServices;

namespace PainPumpInfo.Tests.Support;

/// <summary>
/// Points the user cache folder ($XDG_CACHE_HOME) of this test run, and of the apps it starts, at a folder of its
/// own: `check`, `review` and `export` use the parse cache by default, and tests never write to the home folder.
/// </summary>
internal static class TestCacheHome
{
    public static string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ppi-cache-home-" + Guid.NewGuid().ToString("N"));

    [ModuleInitializer]
    internal static void Use()
    {
        Environment.SetEnvironmentVariable("XDG_CACHE_HOME", Path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(Path, recursive: true); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { /* the OS cleans temp */ }
        };
    }
}
