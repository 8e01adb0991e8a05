using System.Globalization;
using PainPumpInfo.Content.Loading;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Validation;

/// <summary>Rules that need more than one file: links, aliases, images, sections, plus the editorial warnings.</summary>
public sealed class ContentValidator(string contentPath, DateOnly today)
{
    /// <summary>Addresses the site itself answers (pages and patient tools); an article there would never be seen.</summary>
    public static readonly IReadOnlySet<string> ReservedRoutes = new HashSet<string>(StringComparer.Ordinal)
        { "search", "glossary", "not-found", "error", "healthz", "pumps", "my-pump-card", "refill-reminder" };

    /// <summary>Folders the site itself answers for: /pumps/{key} is a pump model's page.</summary>
    public static readonly IReadOnlyList<string> ReservedFolders = ["pumps/"];

    public IReadOnlyList<Diagnostic> Validate(IReadOnlyList<Article> articles, SiteSettings site)
    {
        var diagnostics = new List<Diagnostic>();
        var byRoute = articles.ToDictionary(a => a.Route);
        CheckAliases(articles, byRoute, diagnostics);
        foreach (var article in articles)
        {
            if (ReservedRoutes.Contains(article.Route) || ReservedFolders.Any(article.Route.StartsWith))
                diagnostics.Add(new Diagnostic(article.Path, 1, 1, Severity.Error,
                    $"the address /{article.Route} belongs to the site itself (search, glossary, …), so this page could never be seen",
                    "rename the file"));
            CheckLinks(article, byRoute, diagnostics);
            CheckImages(article, diagnostics);
            CheckSectionAndRelated(article, byRoute, site, diagnostics);
            CheckHeadings(article, diagnostics);
            CheckEditorial(article, diagnostics);
        }
        return diagnostics;
    }

    private static void CheckAliases(IReadOnlyList<Article> articles, Dictionary<string, Article> byRoute, List<Diagnostic> diagnostics)
    {
        var claimed = new Dictionary<string, Article>();
        foreach (var article in articles)
            foreach (var alias in article.FrontMatter.Aliases)
            {
                if (byRoute.TryGetValue(alias, out var owner))
                    diagnostics.Add(new Diagnostic(article.Path, 1, 1, Severity.Error,
                        $"alias '/{alias}' is the address of another page ({owner.Path})", "remove the alias, or rename that page"));
                else if (!claimed.TryAdd(alias, article))
                    diagnostics.Add(new Diagnostic(article.Path, 1, 1, Severity.Error,
                        $"alias '/{alias}' is also claimed by {claimed[alias].Path}", "an old address can lead to one page only; remove one of them"));
            }
    }

    private static void CheckLinks(Article article, Dictionary<string, Article> byRoute, List<Diagnostic> diagnostics)
    {
        foreach (var link in article.Body.Links)
        {
            if (!byRoute.TryGetValue(link.Route, out var target))
            {
                var closest = EditDistance.Closest(link.Route, byRoute.Keys);
                diagnostics.Add(new Diagnostic(article.Path, link.Line, link.Column, Severity.Error,
                    $"link to '{link.Route}.md' goes to a page that does not exist",
                    closest is null ? "check the file name" : $"did you mean '{closest}.md'? Links are relative to this file's folder"));
            }
            else if (link.Anchor.Length > 0 && target.Body.Headings.All(h => h.Id != link.Anchor))
            {
                diagnostics.Add(new Diagnostic(article.Path, link.Line, link.Column, Severity.Error,
                    $"link to '#{link.Anchor}' in {target.Path}: there is no such heading",
                    $"headings there: {string.Join(", ", target.Body.Headings.Select(h => "#" + h.Id))}"));
            }
        }
    }

    private void CheckImages(Article article, List<Diagnostic> diagnostics)
    {
        foreach (var image in article.Body.Images)
        {
            if (!File.Exists(Path.Combine(contentPath, image.ContentPath)))
                diagnostics.Add(new Diagnostic(article.Path, image.Line, image.Column, Severity.Error,
                    $"image '{image.ContentPath}' does not exist", "put the image in content/images/ and link it as ../images/name.png from a section folder"));
            if (string.IsNullOrWhiteSpace(image.AltText))
                diagnostics.Add(new Diagnostic(article.Path, image.Line, image.Column, Severity.Error,
                    "image has no alt text", "describe the picture in the brackets: ![A pump about the size of a hockey puck](../images/pump.png)"));
        }
    }

    private static void CheckSectionAndRelated(Article article, Dictionary<string, Article> byRoute, SiteSettings site, List<Diagnostic> diagnostics)
    {
        var section = article.FrontMatter.Section;
        if (section is not null && site.Sections.All(s => s.Key != section))
            diagnostics.Add(new Diagnostic(article.Path, 1, 1, Severity.Warning, $"section '{section}' is not listed in site.yml",
                $"use one of: {string.Join(", ", site.Sections.Select(s => s.Key))}, or add it to site.yml"));
        foreach (var related in article.FrontMatter.Related.Where(r => !byRoute.ContainsKey(r)))
            diagnostics.Add(new Diagnostic(article.Path, 1, 1, Severity.Warning, $"related article '{related}' does not exist",
                "write the route of another article, like living-with-a-pump/refills"));
    }

    private static void CheckHeadings(Article article, List<Diagnostic> diagnostics)
    {
        var previous = 1; // the page title is the only level-1 heading
        foreach (var heading in article.Body.Headings)
        {
            if (heading.Level == 1)
                diagnostics.Add(new Diagnostic(article.Path, heading.Line, 1, Severity.Warning,
                    $"heading '{heading.Text}' is level 1, like the page title", "start sections with ## (level 2)"));
            else if (heading.Level > previous + 1)
                diagnostics.Add(new Diagnostic(article.Path, heading.Line, 1, Severity.Warning,
                    $"heading '{heading.Text}' skips from level {previous} to level {heading.Level}",
                    $"use {new string('#', previous + 1)} here, so screen reader users can follow the outline"));
            previous = heading.Level;
        }
    }

    private void CheckEditorial(Article article, List<Diagnostic> diagnostics)
    {
        if (article.FrontMatter.NextReview < today)
            diagnostics.Add(new Diagnostic(article.Path, 1, 1, Severity.Warning,
                $"review overdue: next_review was {article.FrontMatter.NextReview.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
                "check the page against its sources, then update last_reviewed and next_review"));
        ReadingLevel.Check(article, diagnostics);
    }
}
