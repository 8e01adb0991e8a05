using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Search;

/// <summary>The index is part of the content snapshot, so it follows every saved change without a restart.</summary>
public sealed class SearchLiveReloadTests : IDisposable
{
    private readonly TempContent content = TempContent.WithSiteSettings();
    private readonly SiteFactory factory;
    private readonly HttpClient client;

    public SearchLiveReloadTests()
    {
        content.Write("basics/first.md", Articles.Valid("First page", "Original text about pumps.", "section: basics"));
        // Each test polls with searches until a change shows (up to 200 in the 10 s deadline): a budget set for that on purpose.
        factory = new SiteFactory(content.Path, settings: SiteFactory.WatcherOnly(new Dictionary<string, string?> { ["Site:SearchRequestsPerMinute"] = "1000" }));
        client = factory.Browser();
    }

    private async Task<IReadOnlyList<string>> Routes(string query) => (await SearchPage.Get(client, query)).Routes;

    [Fact]
    public async Task A_new_article_is_found_once_it_is_saved()
    {
        Assert.Empty(await Routes("quokka"));

        content.Write("basics/new-animal.md", Articles.Valid("A new page", "The quokka lives on an island.", "section: basics"));

        await Eventually.True(async () => (await Routes("quokka")).SequenceEqual(["basics/new-animal"]), "the new article in the results");
    }

    [Fact]
    public async Task An_edited_article_is_found_by_its_new_words_and_no_longer_by_its_old_ones()
    {
        Assert.Equal(["basics/first"], await Routes("original"));

        content.Write("basics/first.md", Articles.Valid("First page", "Rewritten text about refills.", "section: basics"));

        await Eventually.True(async () => (await Routes("rewritten")).SequenceEqual(["basics/first"]), "the edited words");
        Assert.Empty(await Routes("original"));
    }

    [Fact]
    public async Task A_deleted_article_is_no_longer_found()
    {
        // Found first: otherwise the delete could beat the first content load and prove nothing.
        Assert.Equal(["basics/first"], await Routes("original"));

        File.Delete(Path.Combine(content.Path, "basics/first.md"));

        await Eventually.True(async () => (await Routes("original")).Count == 0, "the deleted article gone from the results");
    }

    [Fact]
    public async Task A_new_glossary_spelling_is_understood_after_the_glossary_is_saved()
    {
        Assert.Empty(await Routes("marsupial pouch"));

        content.Write("glossary.yml", "- term: Pump\n  definition: A small device.\n  other_spellings: [marsupial pouch]\n");

        await Eventually.True(async () => (await Routes("marsupial pouch")).SequenceEqual(["basics/first"]), "the glossary spelling");
    }

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
        content.Dispose();
    }
}
