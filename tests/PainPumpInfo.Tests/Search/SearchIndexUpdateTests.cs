using Microsoft.Extensions.Time.Testing;
using PainPumpInfo.Content;
using PainPumpInfo.Content.SiteSearch;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Search;

/// <summary>
/// A save updates the search index for the files that changed, and every snapshot keeps searching exactly its
/// own content: a request that read the old snapshot still finds the old text while the new one finds the new.
/// </summary>
public sealed class SearchIndexUpdateTests : IDisposable
{
    private readonly TempContent content = TempContent.WithSiteSettings();
    private readonly ContentLoader loader;

    public SearchIndexUpdateTests()
    {
        content.Write("basics/first.md", Articles.Valid("First page", "Original text about the kangaroo.", "section: basics"));
        content.Write("basics/second.md", Articles.Valid("Second page", "The wombat digs.\n\n## Burrows\n\nA burrow is deep.", "section: basics"));
        loader = new ContentLoader(new ContentOptions(content.Path));
    }

    private static async Task<string[]> Routes(ContentSnapshot snapshot, string query) =>
        (await snapshot.Search).Search(query).Hits.Select(h => h.Article.Route).ToArray();

    [Fact]
    public async Task An_edit_is_found_in_the_new_snapshot_while_the_old_snapshot_still_finds_the_old_text()
    {
        var before = loader.Load();
        Assert.Equal(["basics/first"], await Routes(before, "kangaroo"));
        content.Write("basics/first.md", Articles.Valid("First page", "Rewritten text about the platypus.", "section: basics"));

        var after = loader.Load(before);

        Assert.Equal(["basics/first"], await Routes(after, "platypus"));
        Assert.Empty(await Routes(after, "kangaroo"));
        Assert.Equal(["basics/first"], await Routes(before, "kangaroo"));
        Assert.Empty(await Routes(before, "platypus"));
        Assert.Equal(["basics/second"], await Routes(after, "wombat"));
    }

    [Fact]
    public async Task A_deleted_article_is_gone_from_the_new_snapshot_and_still_in_the_old_one()
    {
        var before = loader.Load();
        Assert.Equal(["basics/second"], await Routes(before, "wombat"));
        File.Delete(Path.Combine(content.Path, "basics/second.md"));

        var after = loader.Load(before);

        Assert.Empty(await Routes(after, "wombat"));
        Assert.Equal(["basics/second"], await Routes(before, "wombat"));
    }

    [Fact]
    public async Task A_new_heading_in_an_edited_article_is_where_its_result_links()
    {
        var before = loader.Load();
        await before.Search;
        content.Write("basics/second.md", Articles.Valid("Second page", "The wombat digs.\n\n## Tunnels\n\nA tunnel is long.\n\n## Burrows\n\nA burrow is deep.", "section: basics"));

        var after = loader.Load(before);
        var burrow = (await after.Search).Search("burrow").Hits.Single();

        Assert.Equal("/basics/second#burrows", burrow.Url);
        Assert.Equal("/basics/second#tunnels", (await after.Search).Search("tunnel").Hits.Single().Url);
    }

    [Fact]
    public async Task Snapshots_built_one_after_another_each_search_their_own_text()
    {
        var snapshots = new List<ContentSnapshot> { loader.Load() };
        string[] animals = ["platypus", "echidna", "dingo", "quokka"];
        foreach (var animal in animals)
        {
            content.Write("basics/first.md", Articles.Valid("First page", $"Now about the {animal}.", "section: basics"));
            snapshots.Add(loader.Load(snapshots[^1]));
        }

        // Asked for newest first, the opposite of the order they were built in.
        for (var i = animals.Length - 1; i >= 0; i--)
        {
            var snapshot = snapshots[i + 1];
            Assert.Equal(["basics/first"], await Routes(snapshot, animals[i]));
            Assert.All(animals.Where((_, j) => j != i), other => Assert.Empty(Routes(snapshot, other).Result));
        }
    }

    [Fact]
    public async Task A_glossary_change_makes_the_new_snapshot_read_the_new_spelling_and_leaves_the_old_one_as_it_was()
    {
        var before = loader.Load();
        Assert.Empty(await Routes(before, "marsupial"));
        content.Write("glossary.yml", "- term: Kangaroo\n  definition: An animal.\n  other_spellings: [marsupial]\n");

        var after = loader.Load(before);

        Assert.Equal(["basics/first"], await Routes(after, "marsupial"));
        Assert.Empty(await Routes(before, "marsupial"));
    }

    [Fact]
    public async Task A_replaced_snapshot_searches_for_a_minute_then_its_reader_is_closed_at_the_next_save()
    {
        var clock = new FakeTimeProvider();
        var timed = new ContentLoader(new ContentOptions(content.Path) { Clock = clock });
        async Task<ContentSnapshot> Save(ContentSnapshot previous, string animal)
        {
            content.Write("basics/first.md", Articles.Valid("First page", $"Now about the {animal}.", "section: basics"));
            var next = timed.Load(previous);
            await next.Search;
            return next;
        }
        var first = timed.Load();
        Assert.Equal(["basics/first"], await Routes(first, "kangaroo"));
        var second = await Save(first, "platypus");

        clock.Advance(SearchIndex.KeptAfterReplaced - TimeSpan.FromSeconds(1));
        var third = await Save(second, "echidna");
        Assert.Equal(["basics/first"], await Routes(first, "kangaroo"));

        clock.Advance(TimeSpan.FromSeconds(2));
        var fourth = await Save(third, "dingo");

        await Assert.ThrowsAsync<ObjectDisposedException>(() => Routes(first, "kangaroo"));
        Assert.Equal(["basics/first"], await Routes(second, "platypus"));
        Assert.Equal(["basics/first"], await Routes(third, "echidna"));
        Assert.Equal(["basics/first"], await Routes(fourth, "dingo"));
    }

    public void Dispose() => content.Dispose();
}
