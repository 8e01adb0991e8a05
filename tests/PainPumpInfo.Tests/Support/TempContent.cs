namespace PainPumpInfo.Tests.Support;

/// <summary>A throw-away content folder: a copy of the shipped content, or an empty one to write test files into.</summary>
public sealed class TempContent : IDisposable
{
    private TempContent(string path) => Path = path;

    public string Path { get; }

    public static TempContent Empty()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ppi-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new TempContent(path);
    }

    /// <summary>An empty folder with only the test site.yml: the start of most purpose-made content.</summary>
    public static TempContent WithSiteSettings()
    {
        var content = Empty();
        content.Write("site.yml", Articles.SiteYml);
        return content;
    }

    public static TempContent CopyOfShipped()
    {
        var content = Empty();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Content, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(content.Path, System.IO.Path.GetRelativePath(RepoPaths.Content, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return content;
    }

    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a watcher may still hold it; the OS cleans temp */ }
    }
}
