using PainPumpInfo.Content.Loading;
using PainPumpInfo.Content.Loading.Pumps;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Pumps;

namespace PainPumpInfo.Content.Validation;

/// <summary>pumps.yml's rules that need the articles: each fact's <c>article:</c> is a page the site serves.</summary>
public static class PumpLinks
{
    public static IEnumerable<Diagnostic> Validate(PumpsFile pumps, IReadOnlyList<Article> served)
    {
        var routes = served.Select(a => a.Route).ToHashSet(StringComparer.Ordinal);
        foreach (var link in pumps.ArticleLinks.Where(l => !routes.Contains(l.Route)))
        {
            var closest = EditDistance.Closest(link.Route, routes);
            yield return new Diagnostic(PumpCatalog.FileName, link.Line, link.Column, Severity.Warning,
                closest is null ? $"article '{link.Route}' does not exist" : $"article '{link.Route}' does not exist: did you mean '{closest}'?",
                "write the route of an article, like living-with-a-pump/alarms (its file without .md)");
        }
    }
}
