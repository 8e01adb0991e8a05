using System.Runtime.Versioning;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PainPumpInfo.Content;
using PainPumpInfo.Content.Loading;
using PainPumpInfo.Tests.Support;
using PainPumpInfo.Web.Commands;
using PainPumpInfo.Web.Hosting;

namespace PainPumpInfo.Tests.Content;

/// <summary>
/// A start or a `check` after the first reads unchanged articles from the parse cache instead of parsing them, and
/// serves exactly what a parse would: the cache can only ever save time, never change a page or a problem report.
/// </summary>
public sealed class ParseCacheTests : IDisposable
{
    private const string Edited = "living-with-a-pump/refills.md";
    private const string EditedRoute = "living-with-a-pump/refills";

    private readonly TempContent content = TempContent.CopyOfShipped();
    private readonly string cache = Path.Combine(Path.GetTempPath(), "ppi-parse-cache-" + Guid.NewGuid().ToString("N"));

    public ParseCacheTests()
    {
        // A page with a warning and one that does not parse: their problems must come back from the cache too.
        content.Write("medicines/raw-html.md", Articles.Valid("Raw HTML", "Text <script>alert(1)</script> here.", "section: medicines"));
        content.Write("medicines/broken.md", Articles.Valid().Replace("title: Test article", "title: [Test article"));
    }

    private ContentSnapshot Load(string? cacheDirectory) =>
        new ContentLoader(new ContentOptions(content.Path) { CacheDirectory = cacheDirectory }).Load();

    private ContentSnapshot LoadWithCache() => Load(cache);

    /// <summary>What readers and editors see of each file: its page, its problems, and everything `check` lists.</summary>
    private static string[] Pages(ContentSnapshot snapshot) =>
        snapshot.Files.Values
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => $"{f.Path} → {f.Article?.Route} | {f.Article?.Title} | {f.Article?.Body.Html} | {string.Join(" / ", f.Diagnostics)}")
            .Concat(snapshot.Diagnostics.Select(d => d.ToString()))
            .ToArray();

    /// <summary>Every field of every parsed file (outline, passages, sources, dates…), for what a page shows beyond its HTML.</summary>
    private static string Everything(ContentSnapshot snapshot) =>
        JsonSerializer.Serialize(snapshot.Files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray());

    private string[] EntryFiles() =>
        Directory.Exists(cache) ? Directory.GetFiles(cache, "*", SearchOption.AllDirectories) : [];

    [Fact]
    public void A_second_start_reads_every_article_from_the_cache_and_serves_the_same_pages()
    {
        var first = LoadWithCache();
        var second = LoadWithCache();

        Assert.Equal(new ParseCounts(Parsed: first.Files.Count, FromCache: 0, Reused: 0), first.Parses);
        Assert.Equal(new ParseCounts(Parsed: 0, FromCache: first.Files.Count, Reused: 0), second.Parses);
        Assert.Equal(Pages(first), Pages(second));
        Assert.Equal(Everything(first), Everything(second));
        Assert.Contains(second.Diagnostics, d => d.Path == "medicines/raw-html.md" && d.Message.Contains("unsafe HTML removed"));
        Assert.Contains(second.Diagnostics, d => d.Path == "medicines/broken.md" && d.IsError);
    }

    [Fact]
    public void A_file_changed_between_starts_is_parsed_and_the_others_come_from_the_cache()
    {
        LoadWithCache();
        File.AppendAllText(Path.Combine(content.Path, Edited), "\nOne more sentence about refill visits.\n");

        var second = LoadWithCache();

        Assert.Equal(new ParseCounts(Parsed: 1, FromCache: second.Files.Count - 1, Reused: 0), second.Parses);
        Assert.Contains("One more sentence about refill visits.", second.Find(EditedRoute)!.Body.Html, StringComparison.Ordinal);
        Assert.Equal(Pages(Load(cacheDirectory: null)), Pages(second));
    }

    [Fact]
    public void Corrupt_entries_are_ignored_the_files_are_parsed_again_and_the_entries_rewritten()
    {
        LoadWithCache();
        foreach (var entry in EntryFiles())
            File.WriteAllText(entry, "{\"Path\": \"garbage");

        var second = LoadWithCache();
        var third = LoadWithCache();

        Assert.Equal(new ParseCounts(Parsed: second.Files.Count, FromCache: 0, Reused: 0), second.Parses);
        Assert.Equal(Pages(Load(cacheDirectory: null)), Pages(second));
        Assert.Equal(third.Files.Count, third.Parses.FromCache);
    }

    [Fact]
    public void An_entry_holding_another_files_page_is_never_served_for_this_file()
    {
        var first = LoadWithCache();
        var entries = EntryFiles();
        var refillsEntry = entries.Single(e => File.ReadAllText(e).Contains($"\"Path\":\"{Edited}\"", StringComparison.Ordinal));
        foreach (var entry in entries.Where(e => e != refillsEntry))
            File.Copy(refillsEntry, entry, overwrite: true);

        var second = LoadWithCache();

        Assert.Equal(new ParseCounts(Parsed: second.Files.Count - 1, FromCache: 1, Reused: 0), second.Parses);
        Assert.Equal(Pages(first), Pages(second));
    }

    [Fact]
    public void A_glossary_change_reuses_no_entry_because_articles_link_its_terms()
    {
        LoadWithCache();
        File.AppendAllText(Path.Combine(content.Path, "glossary.yml"), "- term: Needle\n  definition: A thin, sharp tube used to put medicine in.\n");

        var second = LoadWithCache();

        Assert.Equal(new ParseCounts(Parsed: second.Files.Count, FromCache: 0, Reused: 0), second.Parses);
        Assert.Contains("/glossary#needle", second.Find(EditedRoute)!.Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_cache_folder_nothing_is_written_and_every_start_parses()
    {
        var before = Directory.GetFiles(content.Path, "*", SearchOption.AllDirectories).Order().ToArray();

        Load(cacheDirectory: null);
        var second = Load(cacheDirectory: null);

        Assert.Null(new ContentOptions(content.Path).CacheDirectory);
        Assert.Equal(new ParseCounts(Parsed: second.Files.Count, FromCache: 0, Reused: 0), second.Parses);
        Assert.Equal(before, Directory.GetFiles(content.Path, "*", SearchOption.AllDirectories).Order());
        Assert.Empty(EntryFiles());
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_created_changes_nothing_but_the_time()
    {
        Directory.CreateDirectory(cache);
        var regularFile = Path.Combine(cache, "not-a-folder");
        File.WriteAllText(regularFile, "");
        var unwritable = Path.Combine(regularFile, "cache");

        var first = Load(unwritable);
        var second = Load(unwritable);

        Assert.Equal(Pages(Load(cacheDirectory: null)), Pages(first));
        Assert.Equal(new ParseCounts(Parsed: second.Files.Count, FromCache: 0, Reused: 0), second.Parses);
    }

    [Fact]
    public void A_fresh_load_deletes_entries_it_did_not_use()
    {
        LoadWithCache();
        var folder = ParseCache.For(cache, content.Path)!.Folder;
        var unused = Path.Combine(folder, new string('0', 64) + ".json");
        File.WriteAllText(unused, "{}");
        var unfinishedWrite = Path.Combine(folder, ".unfinished.tmp");
        File.WriteAllText(unfinishedWrite, "{");

        var second = LoadWithCache();

        Assert.False(File.Exists(unused), "an unused entry was kept");
        Assert.False(File.Exists(unfinishedWrite), "an unfinished write was kept");
        Assert.Equal(second.Files.Count, Directory.GetFiles(folder).Length);
        Assert.Equal(second.Files.Count, second.Parses.FromCache);
    }

    [Fact]
    public void Two_sites_sharing_a_cache_folder_keep_their_entries_apart()
    {
        using var other = TempContent.WithSiteSettings();
        other.Write("basics/other.md", Articles.Valid("Other site's page", extra: "section: basics"));
        LoadWithCache();

        var otherSite = new ContentLoader(new ContentOptions(other.Path) { CacheDirectory = cache }).Load();
        var again = LoadWithCache();

        Assert.Equal(new ParseCounts(Parsed: 1, FromCache: 0, Reused: 0), otherSite.Parses);
        Assert.Equal(again.Files.Count, again.Parses.FromCache);
        Assert.Equal(2, Directory.GetDirectories(cache).Length);
    }

    [Fact]
    public void Another_builds_entries_are_kept_until_that_build_has_not_loaded_for_a_week()
    {
        var first = LoadWithCache();
        var siteFolder = ParseCache.For(cache, content.Path)!.SiteFolder;
        string OtherBuild(string name, TimeSpan lastLoaded)
        {
            var folder = Path.Combine(siteFolder, name);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, new string('1', 64) + ".json"), "{}");
            Directory.SetLastWriteTimeUtc(folder, DateTime.UtcNow - lastLoaded);
            return folder;
        }
        var inUse = OtherBuild("published-site", lastLoaded: TimeSpan.FromDays(6));
        var upgradedAway = OtherBuild("old-release", lastLoaded: TimeSpan.FromDays(8));

        var second = LoadWithCache();

        Assert.Single(Directory.GetFiles(inUse));
        Assert.False(Directory.Exists(upgradedAway), "the entries of a build unused for over a week were kept");
        Assert.Equal(first.Files.Count, second.Parses.FromCache);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Only_the_owner_can_read_or_change_the_cache()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows has no Unix file modes");
        LoadWithCache();
        var entries = ParseCache.For(cache, content.Path)!;
        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

        foreach (var folder in new[] { cache, entries.SiteFolder, entries.Folder })
            Assert.Equal(ownerOnly, File.GetUnixFileMode(folder));
        Assert.All(Directory.GetFiles(entries.Folder), entry =>
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(entry)));
    }

    [Fact]
    public void Check_run_twice_with_a_cache_says_the_second_run_read_the_files_from_it()
    {
        using var site = TempContent.WithSiteSettings();
        site.Write("basics/one.md", Articles.Valid("One", extra: "section: basics"));
        site.Write("basics/two.md", Articles.Valid("Two", extra: "section: basics"));
        string[] Check()
        {
            var output = new StringWriter();
            Assert.Equal(0, CheckCommand.Run(["--content", site.Path, "--cache", cache], output));
            return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }

        var first = Check();
        var second = Check();

        var summary = $"2 articles checked in {site.Path}: 0 error(s), 0 warning(s)";
        Assert.Equal(["Article files: 2 parsed, 0 read from the cache", summary], first);
        Assert.Equal(["Article files: 0 parsed, 2 read from the cache", summary], second);
    }

    [Fact]
    public void Check_uses_the_users_cache_folder_by_default_and_none_with_cache_off()
    {
        using var site = TempContent.WithSiteSettings();
        site.Write("basics/one.md", Articles.Valid("One", extra: "section: basics"));
        // This test run's $XDG_CACHE_HOME (see TestCacheHome) stands for the user's cache folder.
        var entries = ParseCache.For(Path.Combine(TestCacheHome.Path, "painpumpinfo"), site.Path)!.Folder;

        CheckCommand.Run(["--content", site.Path, "--cache", "off"], new StringWriter());
        var writtenWhenOff = Directory.Exists(entries);
        CheckCommand.Run(["--content", site.Path], new StringWriter());

        Assert.False(writtenWhenOff, "check --cache off wrote to the cache");
        Assert.Single(Directory.GetFiles(entries));
    }

    [Fact]
    public async Task The_site_started_again_with_Site_CacheDirectory_reads_its_articles_from_the_cache()
    {
        var settings = new Dictionary<string, string?> { ["Site:CacheDirectory"] = cache };
        async Task<ContentSnapshot> Start()
        {
            await using var site = new SiteFactory(content.Path, settings: settings);
            var store = site.Services.GetRequiredService<ContentStore>();
            await store.Loaded;
            return store.Current;
        }

        var first = await Start();
        var second = await Start();

        Assert.Equal(0, first.Parses.FromCache);
        Assert.Equal(new ParseCounts(Parsed: 0, FromCache: second.Files.Count, Reused: 0), second.Parses);
        Assert.Equal(Pages(first), Pages(second));
    }

    public void Dispose()
    {
        content.Dispose();
        try { Directory.Delete(cache, recursive: true); }
        catch (DirectoryNotFoundException) { }
    }
}
