namespace PainPumpInfo.Tests.Support;

/// <summary>Where the repository and its shipped content are, from wherever the tests run.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    /// <summary>Every shipped article file, relative to content/ (README files are guides, not articles).</summary>
    public static IReadOnlyList<string> ArticleFiles() =>
        Directory.EnumerateFiles(Content, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Content, f).Replace('\\', '/'))
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PainPumpInfo.sln"))) return dir.FullName;
        throw new InvalidOperationException("PainPumpInfo.sln not found above " + AppContext.BaseDirectory);
    }
}
