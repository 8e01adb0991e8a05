using System.IO.Enumeration;
using PainPumpInfo.Content.Loading;
using PainPumpInfo.Content.Loading.Emergency;
using PainPumpInfo.Content.Loading.Pumps;
using PainPumpInfo.Content.Model.Emergency;
using PainPumpInfo.Content.Model.Pumps;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Pumps;
using PainPumpInfo.Content.Rendering;
using PainPumpInfo.Content.Rendering.Glossary;
using PainPumpInfo.Content.Reviews;
using PainPumpInfo.Content.SiteSearch;
using PainPumpInfo.Content.Validation;

namespace PainPumpInfo.Content;

/// <summary>
/// Reads the whole content folder into a new <see cref="ContentSnapshot"/>. Given the previous snapshot, it
/// reuses files whose bytes did not change and keeps serving the last good version of a file that broke.
/// </summary>
public sealed class ContentLoader(ContentOptions options)
{
    // One pipeline for the life of the loader: Markdig pipelines are immutable and thread-safe, so files can be parsed in parallel.
    private readonly ArticleParser parser = new(new MarkdownRenderer(), options.MaxFileBytes);
    private readonly ParseCache? cache = ParseCache.For(options.CacheDirectory, options.ContentPath);

    public ContentOptions Options => options;

    /// <param name="previous">
    /// The snapshot being served, whose unchanged files are taken over rather than parsed again; returned itself when
    /// nothing it was built from has changed (its version would be the same).
    /// </param>
    /// <param name="trustFileTimes">
    /// Take over a file whose size and modification time are what <paramref name="previous"/> saw, without reading
    /// it: for reloads after a watcher event, where reading a thousand unchanged files was most of a save's cost.
    /// The periodic re-scan leaves it off and compares every file's bytes, so a change that kept both is still seen.
    /// </param>
    public ContentSnapshot Load(ContentSnapshot? previous = null, bool trustFileTimes = false)
    {
        var diagnostics = new List<Diagnostic>();
        var root = options.ContentPath;
        if (!Directory.Exists(root))
            diagnostics.Add(new Diagnostic(".", 1, 1, Severity.Error, $"the content folder '{root}' does not exist", "set Site:ContentPath or --content"));

        var siteText = ReadOptional(SiteSettingsParser.FileName, diagnostics);
        var site = siteText is null ? SiteSettings.Fallback : SiteSettingsParser.Parse(siteText, diagnostics);
        var glossaryText = ReadOptional(GlossaryParser.FileName, diagnostics);
        var glossary = glossaryText is null ? [] : GlossaryParser.Parse(glossaryText, diagnostics);
        var pumpsText = ReadOptional(PumpCatalog.FileName, diagnostics);
        var pumps = PumpsFileLoader.Load(File.Exists(Path.Combine(root, PumpCatalog.FileName)), pumpsText, previous?.PumpsFile);
        diagnostics.AddRange(pumps.Diagnostics);
        var signsText = ReadOptional(EmergencySigns.FileName, diagnostics);
        var signs = EmergencySignsFileLoader.Load(File.Exists(Path.Combine(root, EmergencySigns.FileName)), signsText, previous?.SignsFile);
        diagnostics.AddRange(signs.Diagnostics);

        var linker = new GlossaryLinker(glossary);
        // Articles link glossary terms and embed pump facts and emergency signs, so a change to any of them means
        // every article is rendered again.
        var sameGlossary = previous is not null && previous.Glossary.SequenceEqual(glossary);
        var reusable = sameGlossary
            && previous!.Pumps.Version == pumps.Catalog.Version && previous.EmergencySigns.Version == signs.Signs.Version ? previous : null;
        var embedded = new EmbeddedData(pumps.Catalog, signs.Signs);
        var keys = cache is null ? null : new ParseCacheKeys(glossary, embedded, options.MaxFileBytes);
        // Files are independent of each other, so every core parses some; the order stays the folder's.
        var sources = new SharedSources();
        var stamps = ArticleFiles();
        var unchanged = trustFileTimes && reusable is not null ? reusable.FileStamps : new Dictionary<string, FileStamp>();
        var loaded = stamps.AsParallel().AsOrdered()
            .Select(file => unchanged.TryGetValue(file.Key, out var before) && before == file.Value && reusable!.Files.GetValueOrDefault(file.Key) is { } same
                ? new LoadedFile(same, FileOrigin.PreviousSnapshot)
                : ParseFile(file.Key, reusable, previous, linker, embedded, keys, sources))
            .ToArray();
        KeepNewParses(loaded, afterwards: previous is not null);
        // Only a fresh load sees every entry a run needs; a reload's unchanged files never ask the cache.
        if (previous is null)
            cache?.Prune(loaded.Select(f => f.CacheKey).OfType<string>().ToHashSet());
        var parsed = loaded.Select(f => f.File).ToArray();
        var files = new Dictionary<string, ParsedFile>();
        foreach (var file in parsed)
        {
            files[file.Path] = file;
            diagnostics.AddRange(file.Diagnostics);
        }

        // Today is part of the version because review states ("due soon", "overdue") move with the date: the store
        // re-scans every few seconds, so a new day gives a new snapshot even when no file changed.
        var today = options.Today();
        var reviewsUnreadable = new List<Diagnostic>();
        var reviewsText = ReadOptional(ReviewLogParser.FileName, reviewsUnreadable, ReviewLogParser.MaxBytes);
        var version = ContentHash.OfAll(VersionParts(parsed, [siteText, glossaryText, pumpsText, pumps.IsStale ? "stale" : "", signsText, signs.IsStale ? "stale" : "", reviewsText], today));
        // A re-scan that finds nothing changed ends here. Building a snapshot only to throw it away took long enough
        // for its working objects to reach the oldest generation, where they piled up as garbage every few seconds.
        if (previous?.Version == version)
            return previous;

        var served = files.Values
            .Select(f => f.Article)
            .OfType<Article>()
            .Where(a => options.IncludeDrafts || !a.FrontMatter.Draft)
            .ToArray();
        diagnostics.AddRange(new ContentValidator(root, today).Validate(served, site));
        diagnostics.AddRange(PumpLinks.Validate(pumps, served));

        var articles = files.Values.Select(f => f.Article).OfType<Article>().ToArray();
        var reviews = ClinicalReviewsLoader.Load(siteText, (reviewsText, reviewsUnreadable), articles, served, previous?.Reviews, today, diagnostics);

        var routes = served.ToDictionary(a => a.Route, a => a.Title);
        var pumpPages = PumpPages.Render(parser.Renderer, pumps.Catalog, linker, routes.GetValueOrDefault);
        return new ContentSnapshot(site, served, glossary, Sorted(diagnostics), files, version)
        {
            PumpsFile = pumps,
            PumpPages = pumpPages,
            Reviews = reviews,
            SignsFile = signs,
            // Read once, by the next reload: a plain dictionary, cheaper to build than a frozen one on every save.
            FileStamps = new Dictionary<string, FileStamp>(stamps),
            SearchWriter = sameGlossary ? previous!.SearchWriter : new SearchIndexWriter(glossary, options.Clock),
            Parses = new ParseCounts(
                Parsed: loaded.Count(f => f.Origin == FileOrigin.Parsed),
                FromCache: loaded.Count(f => f.Origin == FileOrigin.Cache),
                Reused: loaded.Count(f => f.Origin == FileOrigin.PreviousSnapshot)),
        };
    }

    private enum FileOrigin
    {
        Unreadable,
        PreviousSnapshot,
        Cache,
        Parsed,
    }

    /// <param name="CacheKey">The file's parse cache entry, when there is a cache and the file was read from or written to it.</param>
    /// <param name="NewParse">What the parser made of the file, for the cache, when it was parsed without crashing.</param>
    private readonly record struct LoadedFile(ParsedFile File, FileOrigin Origin, string? CacheKey = null, ParsedFile? NewParse = null);

    /// <summary>
    /// Writes this load's new parses to the cache. A reload's go afterwards, off the path of the page that shows the
    /// edit; a first load (a start, `check`) writes them before it returns, since `check` ends with it.
    /// </summary>
    private void KeepNewParses(IReadOnlyList<LoadedFile> loaded, bool afterwards)
    {
        if (cache is null) return;
        var entries = loaded.Where(f => f is { CacheKey: not null, NewParse: not null }).ToArray();
        if (entries.Length == 0) return;
        void Write() { foreach (var entry in entries) cache.Write(entry.CacheKey!, entry.NewParse!); }
        if (afterwards) _ = Task.Run(Write);
        else Write();
    }

    /// <param name="reusable">The previous snapshot when its parses are still valid, else null.</param>
    /// <param name="previous">The previous snapshot, for last good versions.</param>
    /// <param name="keys">The parse cache's keys for this load; null when there is no cache.</param>
    /// <param name="sources">The load's one instance of each source, which new parses and cache entries share.</param>
    private LoadedFile ParseFile(string path, ContentSnapshot? reusable, ContentSnapshot? previous, GlossaryLinker linker, EmbeddedData embedded,
        ParseCacheKeys? keys, SharedSources sources)
    {
        byte[] bytes;
        try
        {
            bytes = ReadBounded(Path.Combine(options.ContentPath, path));
        }
        catch (IOException ex)
        {
            return new(new ParsedFile(path, "", null, [new Diagnostic(path, 1, 1, Severity.Error, $"the file cannot be read: {ex.Message}", "try saving it again")]),
                FileOrigin.Unreadable);
        }

        var hash = ContentHash.Of(bytes);
        var old = previous?.Files.GetValueOrDefault(path);
        if (reusable is not null && old is not null && old.Hash == hash) return new(old, FileOrigin.PreviousSnapshot);

        var key = keys?.Of(path, hash);
        var cached = key is null ? null : cache!.Read(key, path, hash);
        (ParsedFile File, bool Cacheable)? fresh = cached is null ? ParseSafely(path, bytes, hash, linker, embedded) : null;
        var parsed = sources.Share(cached ?? fresh!.Value.File);
        var origin = cached is null ? FileOrigin.Parsed : FileOrigin.Cache;
        var newParse = fresh is { Cacheable: true } ? fresh.Value.File : null;
        if (parsed.Article is null && old?.Article is { } lastGood)
        {
            // A broken edit never takes a page down: keep serving the last version that parsed.
            var note = new Diagnostic(path, 1, 1, Severity.Warning, "the last good version of this page is still being served",
                "fix the errors above and save; the page updates by itself");
            return new(parsed with { Article = lastGood, Diagnostics = [.. parsed.Diagnostics, note], IsStale = true }, origin, key, newParse);
        }
        return new(parsed, origin, key, newParse);
    }

    /// <summary>A file that breaks a library in a way nobody foresaw becomes an error for that file, never a failed load.</summary>
    /// <returns>The parse, and whether the cache may keep it: not after a crash, which might be a fault of this run rather than of the file.</returns>
    private (ParsedFile File, bool Cacheable) ParseSafely(string path, byte[] bytes, string hash, GlossaryLinker linker, EmbeddedData embedded)
    {
        try
        {
            return (parser.Parse(path, bytes, hash, linker, embedded), true);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (new ParsedFile(path, hash, null, [new Diagnostic(path, 1, 1, Severity.Error,
                $"the file could not be processed: {ex.Message}", "simplify the part of the file you changed last")]), false);
        }
    }

    /// <summary>Reads at most one byte past the size limit, so a huge file costs nothing to refuse.</summary>
    private byte[] ReadBounded(string fullPath, int? maxBytes = null)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var limit = (maxBytes ?? options.MaxFileBytes) + 1;
        var buffer = new byte[Math.Min(limit, Math.Max(0, stream.Length))];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0) break;
            read += n;
        }
        return read == buffer.Length ? buffer : buffer[..read];
    }

    /// <summary>
    /// Article files relative to the content folder, in ordinal order, with their size and modification time (which
    /// the folder listing gives for free); README files and hidden or linked folders are not articles.
    /// </summary>
    private KeyValuePair<string, FileStamp>[] ArticleFiles()
    {
        if (!Directory.Exists(options.ContentPath)) return [];
        var enumeration = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden,
        };
        var files = new FileSystemEnumerable<KeyValuePair<string, FileStamp>>(options.ContentPath,
            (ref entry) => new(entry.ToFullPath(), new FileStamp(entry.Length, entry.LastWriteTimeUtc)), enumeration)
        {
            ShouldIncludePredicate = (ref entry) => !entry.IsDirectory && entry.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase),
        };
        return files
            .Select(file => KeyValuePair.Create(Path.GetRelativePath(options.ContentPath, file.Key).Replace('\\', '/'), file.Value))
            .Where(file => !file.Key.Split('/').Any(part => part.StartsWith('.')))
            .Where(file => !Path.GetFileName(file.Key).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(file => file.Key, StringComparer.Ordinal)
            .ToArray();
    }

    private string? ReadOptional(string fileName, List<Diagnostic> diagnostics, int? maxBytes = null)
    {
        var full = Path.Combine(options.ContentPath, fileName);
        if (!File.Exists(full)) return null;
        return ContentFileReader.Decode(fileName, ReadBounded(full, maxBytes), maxBytes ?? options.MaxFileBytes, diagnostics);
    }

    /// <summary>What a snapshot's version covers: every article file's bytes and state, the data files, and the date.</summary>
    /// <param name="files">In the folder's (ordinal) order, so the same content always gives the same version.</param>
    private static IEnumerable<string?> VersionParts(IEnumerable<ParsedFile> files, string?[] dataTexts, DateOnly today)
    {
        foreach (var file in files)
        {
            yield return file.Path;
            yield return file.Hash;
            yield return file.IsStale ? "stale" : "";
        }
        foreach (var text in dataTexts)
            yield return text;
        yield return today.DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<Diagnostic> Sorted(List<Diagnostic> diagnostics) =>
        diagnostics.Distinct()
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ToList();
}
