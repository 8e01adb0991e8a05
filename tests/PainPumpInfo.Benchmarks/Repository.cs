namespace PainPumpInfo.Benchmarks;

/// <summary>The repository the benchmarks run from, found by walking up to PainPumpInfo.sln.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string ShippedContent => Path.Combine(Root, "content");

    public static string WebProject => Path.Combine(Root, "src", "PainPumpInfo.Web");

    private static string Find()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "PainPumpInfo.sln"))) return dir.FullName;
        throw new InvalidOperationException("PainPumpInfo.sln not found: run from inside the repository");
    }
}
