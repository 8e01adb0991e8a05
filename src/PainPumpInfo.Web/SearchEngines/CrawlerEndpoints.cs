using System.Text;
using System.Xml;
using System.Xml.Linq;
using PainPumpInfo.Content;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Web.Hosting;
using PainPumpInfo.Web.Pages;
using PainPumpInfo.Web.Tools;

namespace PainPumpInfo.Web.SearchEngines;

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
        endpoints.MapMethods("/sitemap.xml", methods, (HttpRequest request, ContentStore store, SiteOrigin origin) =>
            Results.Bytes(SitemapBytes(store.Current, origin.For(request)), "application/xml; charset=utf-8"));
        endpoints.MapMethods("/robots.txt", methods, (HttpRequest request, SiteOrigin origin) =>
            Results.Text(RobotsTxt(origin.For(request)), "text/plain; charset=utf-8"));
        return endpoints;
    }

    /// <summary>The articles a search engine may list: those served, in reading order, never drafts.</summary>
    public static IEnumerable<Article> ListedArticles(ContentSnapshot snapshot) =>
        snapshot.Sections.SelectMany(s => s.Articles).Where(a => !a.FrontMatter.Draft);

    public static XDocument Sitemap(ContentSnapshot snapshot, string origin)
    {
        // The home page has no review date of its own, so it carries no lastmod rather than an invented one.
        var home = new XElement(SitemapNamespace + "url", new XElement(SitemapNamespace + "loc", origin + "/"));
        var glossary = new XElement(SitemapNamespace + "url", new XElement(SitemapNamespace + "loc", origin + "/glossary"));
        // The tools' forms, like the glossary, have no review date; what they send back (a filled card, a calendar file) is not a page.
        var tools = ToolRoutes.FormPages.Select(path => new XElement(SitemapNamespace + "url", new XElement(SitemapNamespace + "loc", origin + path)));
        // The pump pages (made from pumps.yml) are listed like articles, dated by the file's review date.
        var articles = ListedArticles(snapshot).Concat(snapshot.PumpPages.All).Select(article => new XElement(SitemapNamespace + "url",
            new XElement(SitemapNamespace + "loc", origin + article.Url),
            new XElement(SitemapNamespace + "lastmod", DisplayDate.Iso(article.FrontMatter.LastReviewed))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(SitemapNamespace + "urlset", articles.Prepend(home).Append(glossary).Concat(tools)));
    }

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
