using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PainPumpInfo.Content.Loading;

/// <summary>
/// Parsed articles kept on disk between runs, so a start or a `check` after the first reads each unchanged file's
/// <see cref="ParsedFile"/> instead of parsing and rendering it again. One sub-folder per content folder and, in it,
/// one per build, so that a published site and a `check` from another build of the same content never delete each
/// other's entries; one immutable entry per <see cref="ParseCacheKeys">key</see>. Every failure here is silent: the
/// cache only ever saves work, and without it the loader parses as it always did.
/// </summary>
public sealed class ParseCache
{
    private const string EntryExtension = ".json";

    /// <summary>How long another build's entries are kept after that build last loaded: an upgrade leaves the old build's behind.</summary>
    public static readonly TimeSpan OtherBuildsKeptFor = TimeSpan.FromDays(7);

    /// <summary>This build's entries for this content folder.</summary>
    public string Folder { get; }

    /// <summary>The content folder's sub-folder, which holds one folder per build.</summary>
    public string SiteFolder { get; }

    /// <summary>Set once the folder is known to exist, so each write does not ask again.</summary>
    private volatile bool folderExists;

    private ParseCache(string siteFolder, string build)
    {
        SiteFolder = siteFolder;
        Folder = Path.Combine(siteFolder, build);
    }

    /// <param name="cacheDirectory">The cache's root folder; null or empty for no cache.</param>
    /// <param name="contentPath">The content folder, whose full path names the sub-folder so two sites never share entries.</param>
    public static ParseCache? For(string? cacheDirectory, string contentPath)
    {
        if (string.IsNullOrWhiteSpace(cacheDirectory)) return null;
        var site = ShortHash(Path.GetFullPath(contentPath));
        return new ParseCache(Path.Combine(Path.GetFullPath(cacheDirectory), site), ShortHash(ParseCacheKeys.Build));
    }

    private static string ShortHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];

    /// <summary>The entry stored under <paramref name="key"/>, or null when there is none or it cannot be trusted to be that file's.</summary>
    public ParsedFile? Read(string key, string path, string contentHash)
    {
        try
        {
            var entry = Deserialize(EntryPath(key));
            var isThisFile = entry is { IsStale: false } && entry.Path == path && entry.Hash == contentHash
                && (entry.Article is null || (entry.Article.Path == path && entry.Article.ContentHash == contentHash));
            return isThisFile ? entry : null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Missing, unreadable or not an entry (JsonException): the file is parsed instead.
            return null;
        }
    }

    /// <summary>Stores an entry whole or not at all: written to a temporary file beside it, then renamed over it.</summary>
    public void Write(string key, ParsedFile file)
    {
        var temporary = Path.Combine(Folder, $".{key}.{Guid.NewGuid():N}.tmp");
        try
        {
            if (!folderExists) CreateFolder();
            var json = JsonSerializer.SerializeToUtf8Bytes(file, ParsedFileJsonContext.Entries.ParsedFile);
            using (var stream = new FileStream(temporary, OwnerOnlyNewFile()))
                stream.Write(json);
            File.Move(temporary, EntryPath(key), overwrite: true);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A folder that cannot be made or written costs only the time the entry would have saved; one deleted
            // while the site runs is made again by the next write.
            if (ex is DirectoryNotFoundException) folderExists = false;
            TryDelete(temporary);
        }
    }

    /// <summary>
    /// Deletes every entry of this build but those given (and any file left by a write that never finished), and the
    /// entries of other builds not loaded for <see cref="OtherBuildsKeptFor"/>, so the cache does not grow without bound.
    /// </summary>
    public void Prune(IReadOnlySet<string> keysInUse)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Folder))
            {
                var isEntryInUse = file.EndsWith(EntryExtension, StringComparison.Ordinal) && keysInUse.Contains(Path.GetFileNameWithoutExtension(file));
                if (!isEntryInUse) TryDelete(file);
            }
            // A start that read every entry wrote none: the folder's time is what tells other builds this one is in use.
            var now = DateTime.UtcNow;
            Directory.SetLastWriteTimeUtc(Folder, now);
            foreach (var build in Directory.EnumerateDirectories(SiteFolder))
                if (build != Folder && now - Directory.GetLastWriteTimeUtc(build) > OtherBuildsKeptFor) TryDelete(build);
            foreach (var stray in Directory.EnumerateFiles(SiteFolder)) TryDelete(stray);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The next fresh load prunes again.
        }
    }

    private string EntryPath(string key) => Path.Combine(Folder, key + EntryExtension);

    /// <summary>Reads an entry through a pooled buffer: a start reads a thousand of them, and the garbage collector's pauses were most of that.</summary>
    private static ParsedFile? Deserialize(string path)
    {
        using var file = File.OpenHandle(path);
        var length = checked((int)RandomAccess.GetLength(file));
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var read = 0;
            while (read < length && RandomAccess.Read(file, buffer.AsSpan(read, length - read), read) is var n and > 0) read += n;
            return JsonSerializer.Deserialize(buffer.AsSpan(0, read), ParsedFileJsonContext.Entries.ParsedFile);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Owner-only, the cache's root too when it is new: the entries hold HTML the site serves, which no other user
    /// may plant. (A folder that already exists keeps the permissions its owner gave it.)
    /// </summary>
    private void CreateFolder()
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Folder);
            folderExists = true;
            return;
        }
        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        Directory.CreateDirectory(Path.GetDirectoryName(SiteFolder)!, ownerOnly);
        Directory.CreateDirectory(SiteFolder, ownerOnly);
        Directory.CreateDirectory(Folder, ownerOnly);
        folderExists = true;
    }

    private static FileStreamOptions OwnerOnlyNewFile()
    {
        // Unbuffered: each entry is written with one call.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, BufferSize = 0 };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return options;
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            else File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
    }
}
