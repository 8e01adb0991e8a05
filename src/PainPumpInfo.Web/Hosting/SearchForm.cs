using Microsoft.Extensions.Options;

namespace PainPumpInfo.Web.Hosting;

/// <summary>
/// Where the header's search box sends its query: this site's /search, or <c>Site:SearchOrigin</c>'s /search
/// when a static copy (which cannot search) should send searches to a live server.
/// </summary>
public sealed class SearchForm(IOptions<SiteOptions> options)
{
    public const string Path = "/search";

    public string Action { get; } = SiteOrigin.Parse(options.Value.SearchOrigin, "Site:SearchOrigin") + Path;
}
