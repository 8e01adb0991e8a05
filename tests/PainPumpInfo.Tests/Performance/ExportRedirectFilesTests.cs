using PainPumpInfo.Content;
using PainPumpInfo.Tests.Support;
using PainPumpInfo.Web.Commands;

namespace PainPumpInfo.Tests.Performance;

/// <summary>The export's _redirects file (Netlify, Cloudflare Pages) sends every old address to its article's route.</summary>
public sealed class ExportRedirectFilesTests : IDisposable
{
    private readonly TempContent content = TempContent.WithSiteSettings();

    /// <summary>_redirects as a host reads it: old path → (new path, status), one rule a line.</summary>
    private static Dictionary<string, (string To, string Status)> Parse(string redirects) =>
        redirects.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(fields => { Assert.Equal(3, fields.Length); return fields[0]; }, fields => (fields[1], fields[2]));

    private static string RedirectsOf(ContentSnapshot snapshot, out IReadOnlyList<string> unwritable) =>
        NetlifyRedirectsFile.Write(AliasRedirects.From(snapshot, out unwritable));

    [Fact]
    public void Every_alias_of_the_shipped_content_leads_to_its_article_s_route_with_a_301()
    {
        var expected = PublicPages.ArticleFiles()
            .SelectMany(file => (FrontMatterOracle.Read(file).TryGetValue("aliases", out var aliases) && aliases is List<object> list ? list : [])
                .Select(alias => (Alias: alias.ToString()!, Route: PublicPages.RouteOf(file))))
            .ToDictionary(x => x.Alias, x => (x.Route, "301"));
        Assert.NotEmpty(expected);

        var rules = Parse(RedirectsOf(new ContentLoader(new ContentOptions(RepoPaths.Content)).Load(), out var unwritable));

        Assert.Empty(unwritable);
        Assert.Equal(expected.OrderBy(x => x.Key), rules.OrderBy(x => x.Key));
    }

    [Fact]
    public void Aliases_are_written_as_the_live_site_matches_them_and_one_no_redirect_file_can_hold_is_reported_not_written()
    {
        content.Write("basics/travel.md", Articles.Valid("Travel", extra: "section: basics\naliases: [/Old-Travel/, /living/travel-tips, /old travel]"));
        content.Write("basics/refills.md", Articles.Valid("Refills", extra: "section: basics\naliases: [/refill-guide]"));

        var rules = Parse(RedirectsOf(new ContentLoader(new ContentOptions(content.Path)).Load(), out var unwritable));

        Assert.Equal(new Dictionary<string, (string, string)>
        {
            ["/old-travel"] = ("/basics/travel", "301"),
            ["/living/travel-tips"] = ("/basics/travel", "301"),
            ["/refill-guide"] = ("/basics/refills", "301"),
        }.OrderBy(x => x.Key), rules.OrderBy(x => x.Key));
        Assert.Equal(["/old travel"], unwritable);
    }

    public void Dispose() => content.Dispose();
}
