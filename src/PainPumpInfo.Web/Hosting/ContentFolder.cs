namespace PainPumpInfo.Web.Hosting;

/// <summary>Finds the content folder: the configured one, or the repository's content/ from wherever the app runs.</summary>
public static class ContentFolder
{
    public static string Resolve(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content");
                if (File.Exists(Path.Combine(dir.FullName, "PainPumpInfo.sln")) && Directory.Exists(candidate))
                    return candidate;
            }
        }
        return Path.GetFullPath("content");
    }
}
