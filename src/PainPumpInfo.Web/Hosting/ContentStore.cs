using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using PainPumpInfo.Content;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Web.Hosting;

/// <summary>
/// Holds the current content snapshot and keeps it up to date: watches the content folder, waits for a burst
/// of saves to settle, builds a new snapshot off the request path and swaps it in whole. A request sees the
/// old snapshot or the new one, never a half-built one.
/// </summary>
public sealed class ContentStore : IDisposable
{
    /// <summary>Editors save in bursts (temp file, rename, touch); wait this long after the last event.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(20);

    /// <summary>At start-up, how long pages have the processor to themselves before the search index is built.</summary>
    private static readonly TimeSpan SearchIndexDelay = TimeSpan.FromSeconds(1);

    private readonly ContentLoader loader;
    private readonly ILogger<ContentStore> logger;
    private readonly PhysicalFileProvider? files;
    private readonly IDisposable? watch;
    private readonly Timer debounce;
    private readonly Timer rescan;
    private readonly Lock rebuildLock = new();
    private readonly Task<ContentSnapshot> firstLoad;
    private ContentSnapshot? current;

    public ContentStore(ContentLoader loader, IOptions<SiteOptions> site, ILogger<ContentStore> logger)
    {
        // Safety net for missed events (network mounts, odd editors): re-scan this often anyway, unless turned off.
        var rescanEvery = RescanInterval.Parse(site.Value.RescanSeconds) ?? Timeout.InfiniteTimeSpan;
        this.loader = loader;
        this.logger = logger;
        // The web server starts while the content is read; requests wait for it (see Loaded).
        firstLoad = Task.Run(LoadFirst);

        // After a watcher event a file whose size and time are unchanged is taken as unchanged; the re-scan reads every byte.
        debounce = new Timer(_ => Rebuild(trustFileTimes: true), null, Timeout.Infinite, Timeout.Infinite);
        rescan = new Timer(_ => Rebuild(), null, rescanEvery, rescanEvery);
        if (Directory.Exists(loader.Options.ContentPath))
        {
            files = new PhysicalFileProvider(loader.Options.ContentPath, ExclusionFilters.None)
            {
                // Honour DOTNET_USE_POLLING_FILE_WATCHER for mounts where inotify sees nothing.
                UsePollingFileWatcher = Environment.GetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER") is "1" or "true",
            };
            // "**/*" rather than "**/*.md": only it sees files in new folders and folders moved in.
            watch = ChangeToken.OnChange(() => files.Watch("**/*"), () => debounce.Change(Debounce, Timeout.InfiniteTimeSpan));
        }
    }

    /// <summary>The snapshot being served; until the first one is ready, waits for it.</summary>
    public ContentSnapshot Current => Volatile.Read(ref current) ?? firstLoad.GetAwaiter().GetResult();

    /// <summary>Completes when the first snapshot is ready: no request is ever answered without content.</summary>
    public Task Loaded => firstLoad;

    public ContentOptions Options => loader.Options;

    /// <summary>Raised after a new snapshot is swapped in (caches use it to forget old pages).</summary>
    public event Action<ContentSnapshot>? Swapped;

    /// <summary>Builds a new snapshot now and swaps it in if anything changed. Safe to call from any thread.</summary>
    /// <param name="trustFileTimes">See <see cref="ContentLoader.Load"/>.</param>
    public void Rebuild(bool trustFileTimes = false)
    {
        lock (rebuildLock)
        {
            try
            {
                var before = Current;
                var next = loader.Load(before, trustFileTimes);
                if (next.Version == before.Version) return;
                Volatile.Write(ref current, next);
                // Pages show the edit now; the new search index builds in the background, and a search meanwhile awaits it.
                _ = next.Search;
                LogNew(next.Diagnostics, before.Diagnostics);
                logger.LogInformation("Content reloaded: {Count} articles, version {Version}; article files: {Parses}", next.Articles.Count, next.Version, next.Parses);
                Swapped?.Invoke(next);
            }
            catch (Exception ex)
            {
                // Never let a content problem stop the site: keep the snapshot we have.
                logger.LogError(ex, "Content reload failed; still serving the previous content");
            }
        }
    }

    private ContentSnapshot LoadFirst()
    {
        var first = loader.Load();
        logger.LogInformation("Content loaded: {Count} articles, version {Version}; article files: {Parses}", first.Articles.Count, first.Version, first.Parses);
        LogNew(first.Diagnostics, []);
        Volatile.Write(ref current, first);
        _ = IndexThenCompact(first);
        return first;
    }

    /// <summary>
    /// Pages need no search index, so the first ones are answered before it is built: it starts a moment later, or
    /// at the first search if that comes sooner (it is built once, by whichever asks first). Then the heap is
    /// compacted once: the start leaves its garbage and gaps around the long-lived snapshot, and giving them back
    /// took 15 MB off the resident memory measured after a load test (README, "Performance").
    /// </summary>
    private static async Task IndexThenCompact(ContentSnapshot first)
    {
        await Task.Delay(SearchIndexDelay);
        try
        {
            await first.Search;
        }
        finally
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    /// <summary>Each problem is logged once, when it first appears, not on every reload.</summary>
    private void LogNew(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Diagnostic> before)
    {
        var known = before.ToHashSet();
        foreach (var diagnostic in diagnostics.Where(d => !known.Contains(d)))
            logger.LogWarning("Content problem: {Diagnostic}", diagnostic.ToString());
    }

    public void Dispose()
    {
        watch?.Dispose();
        debounce.Dispose();
        rescan.Dispose();
        files?.Dispose();
    }
}
