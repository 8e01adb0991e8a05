namespace PainPumpInfo.Web.Hosting;

/// <summary>The <c>Site:</c> configuration section.</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Site";

    /// <summary>The content folder; empty means the repository's content/ folder, found from any working directory.</summary>
    public string ContentPath { get; set; } = "";

    /// <summary>Absolute origin for canonical links, sitemap and Open Graph; empty means the request's.</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>
    /// Where the header's search box sends queries, e.g. the live server for a static copy (<c>export --search-origin</c>);
    /// empty means this site's own /search.
    /// </summary>
    public string SearchOrigin { get; set; } = "";

    /// <summary>Set by <c>export</c> only: serve the page a static copy shows at /search (see <c>StaticSearchModel</c>).</summary>
    public bool StaticCopy { get; set; }

    /// <summary>Serve /_status/content (the staff list of content problems); unset means on in Development only.</summary>
    public bool? ShowContentStatus { get; set; }

    /// <summary>Searches one client address may make per minute before getting 429.</summary>
    public int SearchRequestsPerMinute { get; set; } = 60;

    /// <summary>Seconds between re-scans of the content folder, as text so that "off" reads as it means (see <see cref="RescanInterval"/>).</summary>
    public string RescanSeconds { get; set; } = "10";

    /// <summary>
    /// Where parsed articles are kept between starts, so a start after the first reads them instead of parsing them
    /// (see <see cref="CacheFolder"/>): empty means the user's cache folder, <c>off</c> means no cache.
    /// </summary>
    public string CacheDirectory { get; set; } = "";

    public int MaxContentFileBytes { get; set; } = PainPumpInfo.Content.ContentOptions.DefaultMaxFileBytes;
}
