using System.Net;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Editing;

/// <summary>Saving a file under content/ shows on the next requests without a restart; a broken save takes nothing down.</summary>
public sealed class LiveReloadTests : IDisposable
{
    private readonly TempContent content = TempContent.WithSiteSettings();
    private readonly SiteFactory factory;
    private readonly HttpClient client;

    public LiveReloadTests()
    {
        content.Write("basics/first.md", Articles.Valid("First page", "Original text.", "section: basics"));
        factory = new SiteFactory(content.Path, "Production", SiteFactory.WatcherOnly(new Dictionary<string, string?> { ["Site:ShowContentStatus"] = "true" }));
        client = factory.Browser();
    }

    private async Task<HttpStatusCode> Status(string url) => (await client.GetAsync(url)).StatusCode;

    private async Task<string> H1(string url) => Html.Text(Html.Parse(await client.GetStringAsync(url)).QuerySelector("h1"));

    private async Task<bool> BodyContains(string url, string text)
    {
        var response = await client.GetAsync(url);
        return response.IsSuccessStatusCode && Html.Text(Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".article-body")).Contains(text);
    }

    [Fact]
    public async Task A_new_file_is_served_without_a_restart()
    {
        Assert.Equal(HttpStatusCode.NotFound, await Status("/basics/second"));
        content.Write("basics/second.md", Articles.Valid("Second page", extra: "section: basics"));
        await Eventually.True(async () => await Status("/basics/second") == HttpStatusCode.OK, "the new page");
    }

    [Fact]
    public async Task A_new_file_in_a_new_folder_is_served()
    {
        content.Write("brand-new/folder-page.md", Articles.Valid("Folder page"));
        await Eventually.True(async () => await Status("/brand-new/folder-page") == HttpStatusCode.OK, "the page in a new folder");
    }

    [Fact]
    public async Task An_edit_shows_on_the_next_request()
    {
        Assert.Equal("First page", await H1("/basics/first"));
        content.Write("basics/first.md", Articles.Valid("First page, edited", "Edited text.", "section: basics"));
        await Eventually.True(async () => await H1("/basics/first") == "First page, edited", "the edited title");
    }

    [Fact]
    public async Task An_editor_that_saves_to_a_temp_file_and_renames_it_is_seen()
    {
        var temp = content.Write("basics/.first.md.tmp", Articles.Valid("Saved by rename", extra: "section: basics"));
        File.Move(temp, Path.Combine(content.Path, "basics/first.md"), overwrite: true);
        await Eventually.True(async () => await H1("/basics/first") == "Saved by rename", "the renamed-over file");
    }

    [Fact]
    public async Task A_renamed_file_moves_to_its_new_address_and_its_alias_redirects()
    {
        File.Delete(Path.Combine(content.Path, "basics/first.md"));
        content.Write("basics/renamed.md", Articles.Valid("First page", extra: "section: basics\naliases: [/basics/first]"));

        await Eventually.True(async () => await Status("/basics/renamed") == HttpStatusCode.OK, "the new address");
        var old = await client.GetAsync("/basics/first");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/basics/renamed", old.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_deleted_file_is_no_longer_served()
    {
        File.Delete(Path.Combine(content.Path, "basics/first.md"));
        await Eventually.True(async () => await Status("/basics/first") == HttpStatusCode.NotFound, "the 404");
    }

    [Fact]
    public async Task A_site_yml_edit_changes_the_disclaimer_on_every_page()
    {
        content.Write("site.yml", Articles.SiteYml.Replace("Test banner disclaimer, not advice.", "Changed banner text."));
        await Eventually.True(async () =>
            Html.Text(Html.Parse(await client.GetStringAsync("/")).QuerySelector("[aria-label='Medical disclaimer']")).Contains("Changed banner text."),
            "the new disclaimer");
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_version_lists_the_error_and_a_fix_brings_the_new_version()
    {
        // The site has served the good version (the first content load runs while the server starts).
        Assert.True(await BodyContains("/basics/first", "Original text."), "the good version before the edit");
        content.Write("basics/first.md", Articles.Valid("First page", "Broken version.", "section: basics\norder: first"));
        await Eventually.True(async () =>
        {
            var status = Html.Parse(await client.GetStringAsync("/_status/content"));
            return status.QuerySelectorAll("td").Any(td => Html.Text(td).Contains("'order' has the wrong type"));
        }, "the error on the status page");
        Assert.True(await BodyContains("/basics/first", "Original text."), "the last good version is still served");

        content.Write("basics/first.md", Articles.Valid("First page", "Fixed version.", "section: basics\norder: 1"));
        await Eventually.True(() => BodyContains("/basics/first", "Fixed version."), "the fixed version");
    }

    [Fact]
    public async Task A_new_file_that_never_parsed_is_not_served_and_is_listed_on_the_status_page()
    {
        content.Write("basics/never-good.md", "title: no front matter fences\n\nText.");
        await Eventually.True(async () =>
            Html.Text(Html.Parse(await client.GetStringAsync("/_status/content")).QuerySelector("table")).Contains("basics/never-good.md:1:1"),
            "the broken new file on the status page");
        Assert.Equal(HttpStatusCode.NotFound, await Status("/basics/never-good"));
        Assert.Equal(HttpStatusCode.OK, await Status("/basics/first"));
    }

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
        content.Dispose();
    }
}
