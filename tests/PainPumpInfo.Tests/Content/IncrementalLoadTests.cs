using PainPumpInfo.Content;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Content;

/// <summary>A reload parses again only what changed: every save rebuilds the snapshot, so this is what a save costs.</summary>
public sealed class IncrementalLoadTests : IDisposable
{
    private const string Edited = "living-with-a-pump/refills.md";

    // A fresh copy of the shipped content for each test, and a loader over it.
    private readonly TempContent content = TempContent.CopyOfShipped();
    private readonly ContentLoader loader;

    public IncrementalLoadTests() => loader = new ContentLoader(new ContentOptions(content.Path));

    public void Dispose() => content.Dispose();

    /// <summary>The files of <paramref name="next"/> that were parsed again rather than taken over from <paramref name="previous"/>.</summary>
    private static string[] ParsedAgain(ContentSnapshot previous, ContentSnapshot next) =>
        next.Files.Where(f => !ReferenceEquals(f.Value, previous.Files.GetValueOrDefault(f.Key))).Select(f => f.Key).ToArray();

    private const string Shouted = "YOUR PUMP HOLDS";

    /// <summary>Rewrites one sentence of the edited article in capitals: a change that keeps the file's length.</summary>
    private static void ShoutOneSentence(string path) =>
        File.WriteAllText(path, File.ReadAllText(path).Replace("Your pump holds", Shouted, StringComparison.Ordinal));

    private static string EditedHtml(ContentSnapshot snapshot) => snapshot.Find("living-with-a-pump/refills")!.Body.Html;

    [Fact]
    public void After_one_article_is_edited_only_that_file_is_parsed_again()
    {
        var before = loader.Load();
        File.AppendAllText(Path.Combine(content.Path, Edited), "\nOne more sentence.\n");

        var after = loader.Load(before);

        Assert.Equal([Edited], ParsedAgain(before, after));
        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public void A_glossary_change_renders_every_article_again_because_articles_link_its_terms()
    {
        var before = loader.Load();
        File.AppendAllText(Path.Combine(content.Path, "glossary.yml"), "- term: Needle\n  definition: A thin, sharp tube used to put medicine in.\n");

        var after = loader.Load(before);

        Assert.Equal(after.Files.Keys.Order(), ParsedAgain(before, after).Order());
        Assert.Contains("/glossary#needle", after.Find("living-with-a-pump/refills")!.Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rescan_that_finds_only_touched_files_keeps_the_snapshot_being_served_instead_of_building_another()
    {
        var before = loader.Load();
        var path = Path.Combine(content.Path, Edited);
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(1));

        Assert.Same(before, loader.Load(before));
        Assert.Same(before, loader.Load(before, trustFileTimes: true));
    }

    [Theory]
    [InlineData("site.yml")]
    [InlineData("glossary.yml")]
    [InlineData("pumps.yml")]
    [InlineData("emergency-signs.yml")]
    [InlineData("reviews.yml")]
    public void A_saved_change_to_any_data_file_gives_a_new_snapshot(string dataFile)
    {
        var before = loader.Load();
        File.AppendAllText(Path.Combine(content.Path, dataFile), "\n# A comment an editor added.\n");

        var after = loader.Load(before);

        Assert.NotSame(before, after);
        Assert.NotEqual(before.Version, after.Version);
    }

    [Fact]
    public void After_a_watcher_event_unchanged_files_are_not_read_and_a_change_that_kept_size_and_time_is_seen_by_the_rescan()
    {
        var before = loader.Load();
        var path = Path.Combine(content.Path, Edited);
        var written = File.GetLastWriteTimeUtc(path);
        // Same length, same time: what a watcher-triggered reload takes as unchanged without reading the file.
        ShoutOneSentence(path);
        File.SetLastWriteTimeUtc(path, written);

        var afterEvent = loader.Load(before, trustFileTimes: true);
        var afterRescan = loader.Load(afterEvent);

        Assert.Empty(ParsedAgain(before, afterEvent));
        Assert.DoesNotContain(Shouted, EditedHtml(afterEvent), StringComparison.Ordinal);
        Assert.Equal([Edited], ParsedAgain(afterEvent, afterRescan));
        Assert.Contains(Shouted, EditedHtml(afterRescan), StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_watcher_event_a_file_whose_time_changed_is_read_again()
    {
        var before = loader.Load();
        var path = Path.Combine(content.Path, Edited);
        ShoutOneSentence(path);
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(1));

        var after = loader.Load(before, trustFileTimes: true);

        Assert.Equal([Edited], ParsedAgain(before, after));
        Assert.Contains(Shouted, EditedHtml(after), StringComparison.Ordinal);
    }
}
