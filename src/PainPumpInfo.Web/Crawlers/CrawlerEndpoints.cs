using System.Text;
using System.Xml;
using System.Xml.Linq;
using PainPumpInfo.Content;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Web.Hosting;
using PainPumpInfo.Web.Pages;
using PainPumpInfo.Web.Tools;

namespace PainPumpInfo.Web.Crawlers;

/// <summary>
/// What crawlers read before any page: /sitemap.xml lists every public page once, /robots.txt points at it
/// and keeps them out of the staff pages. The builders take an origin rather than a request, so a static
/// export can write the same files.
/// </summary>
public static class CrawlerEndpoints
{
    public static readonly XNamespace SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Explicit routes, so the catch-all article route never answers for these two files.</summary>
    public static IEndpointRouteBuilder MapCrawlerFiles(this IEndpointRouteBuilder endpoints)
    {
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        endpoints.MapMethods("/sitemap.xml", methods, (HttpRequest request, SiteOrigin origin) =>
            Results.Bytes(SitemapBytes(request.HttpContext.Snapshot(), origin.For(request)), "application/xml; charset=utf-8"));
        endpoints.MapMethods("/robots.txt", methods, (HttpRequest request, SiteOrigin origin) =>
            Results.Text(RobotsTxt(origin.For(request)), "text/plain; charset=utf-8"));
        return endpoints;
    }

    /// <summary>The articles a search engine may list: those served, in reading order, never drafts.</summary>
    public static IEnumerable<Article> ListedArticles(ContentSnapshot snapshot) =>
        snapshot.Sections.SelectMany(s => s.Articles).Where(a => !a.FrontMatter.Draft);

    public static XDocument Sitemap(ContentSnapshot snapshot, string origin)
    {
        var listed = ListedArticles(snapshot).ToArray();
        // The home page lists every article and the glossary explains their words: both were last reviewed when
        // the newest article was. Never the build time or a file's date, which a fresh copy of the same content
        // would change, teaching crawlers to ignore every lastmod here.
        DateOnly? newest = listed.Length == 0 ? null : listed.Max(a => a.FrontMatter.LastReviewed);
        // The pump pages (made from pumps.yml) are listed like articles, dated by the file's review date.
        var articles = listed.Concat(snapshot.PumpPages.All).Select(article => Entry(origin + article.Url, article.FrontMatter.LastReviewed));
        // The tools' forms explain the site's own facts, so they carry the same date as the home page; what they send
        // back (a filled card, a calendar file) is not a page.
        var tools = ToolRoutes.FormPages.Select(path => Entry(origin + path, newest));
        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(SitemapNamespace + "urlset",
                articles.Prepend(Entry(origin + "/", newest)).Append(Entry(origin + "/glossary", newest)).Concat(tools)));
    }

    private static XElement Entry(string url, DateOnly? lastModified) =>
        new(SitemapNamespace + "url",
            new XElement(SitemapNamespace + "loc", url),
            lastModified is { } date ? new XElement(SitemapNamespace + "lastmod", DisplayDate.Iso(date)) : null);

    public static byte[] SitemapBytes(ContentSnapshot snapshot, string origin)
    {
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using (var writer = XmlWriter.Create(buffer, settings))
            Sitemap(snapshot, origin).Save(writer);
        return buffer.ToArray();
    }

    public static string RobotsTxt(string origin) => $"""
        User-agent: *
        Allow: /
        Disallow: /_status/

        Sitemap: {origin}/sitemap.xml

        """;
}
