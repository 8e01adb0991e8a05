using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PainPumpInfo.Content;
using PainPumpInfo.Content.Model;
using System.Text.Json.Nodes;
using PainPumpInfo.Web.Hosting;
using PainPumpInfo.Web.Crawlers;

namespace PainPumpInfo.Web.Pages;

/// <summary>An article at its route; old addresses (aliases) and non-canonical forms answer 301.</summary>
public sealed class ArticleModel(SiteOrigin origin, IWebHostEnvironment environment) : PageModel
{
    private ContentSnapshot snapshot => HttpContext.Snapshot();

    public Article? Article { get; private set; }

    public IReadOnlyList<Crumb> Breadcrumbs { get; private set; } = [];

    public (Article? Previous, Article? Next) Neighbours { get; private set; }

    /// <summary>The articles named in <c>related:</c> that are served (check warns about the others).</summary>
    public IReadOnlyList<Article> Related => Article is null ? [] :
        Article.FrontMatter.Related.Select(snapshot.Find).OfType<Article>().ToArray();

    /// <summary>Where the page stands with its clinical review: what the review box and the structured data may claim.</summary>
    public PageReview Review => snapshot.Reviews.For(Article!);

    /// <summary>The JSON-LD items for search engines: MedicalWebPage, BreadcrumbList and, with questions, FAQPage.</summary>
    public IReadOnlyList<JsonObject> StructuredData { get; private set; } = [];

    /// <summary>Editors previewing in Development see drafts and problems flagged on the page itself.</summary>
    public bool ShowEditorBanner => environment.IsDevelopment();

    public IReadOnlyList<Diagnostic> Problems => Article is null ? [] : snapshot.DiagnosticsFor(Article.Path);

    public bool IsStale => Article is not null && snapshot.Files.GetValueOrDefault(Article.Path)?.IsStale == true;

    public IActionResult OnGet(string? route)
    {
        var requested = route ?? "";
        if (snapshot.Find(requested) is { } article)
        {
            Show(article);
            return Page();
        }

        var canonical = requested.Trim('/').ToLowerInvariant();
        if (snapshot.Aliases.TryGetValue(canonical, out var target)) canonical = target;
        if (canonical != requested && snapshot.Find(canonical) is not null)
            return RedirectPermanent("/" + canonical + Request.QueryString);

        return NotFound();
    }

    private void Show(Article article)
    {
        Article = article;
        var section = snapshot.SectionOf(article);
        var crumbs = new List<Crumb> { new("Home", "/") };
        if (article.FrontMatter.Section is not null && section is not null)
            crumbs.Add(new Crumb(section.Title, "/#" + section.Key));
        crumbs.Add(new Crumb(article.Title, null));
        Breadcrumbs = crumbs;
        Neighbours = snapshot.Neighbours(article);
        StructuredData = ArticleStructuredData.For(article, snapshot.Reviews.For(article), crumbs, snapshot.Site, origin.For(Request));
    }
}
