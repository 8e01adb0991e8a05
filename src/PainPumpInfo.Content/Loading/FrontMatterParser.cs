using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Loading;

/// <summary>Turns an article's front matter into a typed <see cref="FrontMatter"/>, or diagnostics saying what to fix.</summary>
public static class FrontMatterParser
{
    public const int MaxDescriptionLength = 160;

    /// <param name="text">A whole article file (see <see cref="FrontMatterSplitter.Split"/>).</param>
    public static FrontMatter? Parse(string path, string text, List<Diagnostic> diagnostics) =>
        FrontMatterSplitter.Split(path, text, diagnostics) is { } split ? Parse(path, split.FrontMatter, diagnostics) : null;

    public static FrontMatter? Parse(string path, YamlText yaml, List<Diagnostic> diagnostics)
    {
        var keys = YamlKeyScanner.Scan(yaml, diagnostics);
        if (keys is null) return null;
        ReportDuplicateAndUnknownKeys(path, keys, diagnostics);
        if (diagnostics.Any(d => d.IsError)) return null;

        var raw = YamlReader.Read<FrontMatterYaml>(yaml, keys, FrontMatterFields.Describe, diagnostics) ?? new FrontMatterYaml();
        if (diagnostics.Any(d => d.IsError)) return null;

        return Validate(path, raw, keys, diagnostics);
    }

    private static void ReportDuplicateAndUnknownKeys(string path, IReadOnlyList<YamlKey> keys, List<Diagnostic> diagnostics)
    {
        var seen = new HashSet<string>();
        foreach (var key in keys)
        {
            if (!seen.Add(key.Name))
                diagnostics.Add(new Diagnostic(path, key.Line, key.Column, Severity.Error,
                    $"'{key.Name}' appears more than once in the front matter", "keep one and delete the other"));
            else if (!FrontMatterFields.IsKnown(key.Name))
            {
                var closest = FrontMatterFields.Closest(key.Name);
                diagnostics.Add(new Diagnostic(path, key.Line, key.Column, Severity.Warning,
                    closest is null ? $"unknown front matter field '{key.Name}'" : $"unknown front matter field '{key.Name}': did you mean '{closest}'?",
                    closest is null ? $"known fields: {string.Join(", ", FrontMatterFields.Names)}" : $"rename it to '{closest}'"));
            }
            else if (key.Name == FrontMatterFields.RetiredReviewedBy)
                // A name typed into the front matter proves nothing; reviews.yml records real reviews, tied to the text.
                diagnostics.Add(new Diagnostic(path, key.Line, key.Column, Severity.Warning,
                    "'reviewed_by' is no longer shown: clinical reviews are recorded with the review command, which ties each review to the text",
                    "delete this line; a reviewer listed in site.yml runs: review ROUTE --by KEY (see content/README.md)"));
        }
    }

    private static FrontMatter? Validate(string path, FrontMatterYaml raw, IReadOnlyList<YamlKey> keys, List<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count(d => d.IsError);
        void Error(string field, string message, string hint)
        {
            var key = keys.FirstOrDefault(k => k.Name == field);
            diagnostics.Add(new Diagnostic(path, key?.Line ?? 1, key?.Column ?? 1, Severity.Error, message, hint));
        }

        var title = raw.Title?.Trim() ?? "";
        if (title.Length == 0)
            Error("title", "'title' is missing or empty", "add a line like: title: Refilling your pump");

        var description = raw.Description?.Trim() ?? "";
        if (description.Length == 0)
            Error("description", "'description' is missing or empty", "add one sentence that says what the page is about; search engines show it");
        else if (description.Length > MaxDescriptionLength)
            Error("description", $"'description' is {description.Length} characters long; the limit is {MaxDescriptionLength}",
                "shorten it to one plain sentence; search engines cut longer ones off");

        if (raw.LastReviewed is null)
            Error("last_reviewed", "'last_reviewed' is missing", "add the date the page was last checked, like: last_reviewed: 2026-11-01");

        var sources = ReadSources(raw, Error);

        var aliases = new List<string>();
        foreach (var alias in raw.Aliases ?? [])
        {
            var normalised = RoutePath.NormaliseAlias(alias);
            if (normalised is null)
                Error("aliases", $"alias '{alias}' is not an address on this site", "write old addresses starting with a slash, like /old-page");
            else
                aliases.Add(normalised);
        }

        if (raw.LastReviewed is { } reviewed && raw.NextReview is { } next && next < reviewed)
            Error("next_review", "'next_review' is before 'last_reviewed'", "set next_review to a date after last_reviewed, or remove it (the default is one year later)");

        if (diagnostics.Count(d => d.IsError) > errorsBefore) return null;

        var lastReviewed = raw.LastReviewed!.Value;
        return new FrontMatter(
            Title: title,
            Description: description,
            Section: string.IsNullOrWhiteSpace(raw.Section) ? null : raw.Section.Trim(),
            Order: raw.Order,
            LastReviewed: lastReviewed,
            ReviewedBy: string.IsNullOrWhiteSpace(raw.ReviewedBy) ? null : raw.ReviewedBy.Trim(),
            NextReview: raw.NextReview ?? lastReviewed.AddYears(1),
            Sources: sources,
            Aliases: aliases,
            Related: (raw.Related ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r!.Trim().Trim('/')).ToArray(),
            Draft: raw.Draft ?? false);
    }

    private static List<Source> ReadSources(FrontMatterYaml raw, Action<string, string, string> error)
    {
        var sources = new List<Source>();
        if (raw.Sources is null || raw.Sources.Count == 0)
        {
            error("sources", "'sources' is missing or empty: every article needs at least one source",
                "add sources:, then '  - key: ...', '    title: ...' and '    url: https://...' for each source");
            return sources;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < raw.Sources.Count; i++)
        {
            var source = raw.Sources[i];
            var key = source?.Key?.Trim() ?? "";
            var title = source?.Title?.Trim() ?? "";
            var url = source?.Url?.Trim() ?? "";
            if (key.Length == 0)
                error("sources", $"source {i + 1} has no key", "give each source a short 'key:' such as gablofen-label, and cite it in the text as [@gablofen-label]");
            else if (!SourceKey.IsValid(key))
                error("sources", $"source key '{key}' can only use lower-case letters, digits and hyphens", $"write it like '{SourceKey.Suggest(key)}'");
            else if (!keys.Add(key))
                error("sources", $"source key '{key}' is used twice", "give each source its own key");
            if (title.Length == 0)
                error("sources", $"source {i + 1} has no title", "give each source a 'title:' line");
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                error("sources", $"source {i + 1} needs a web address starting with https://", "give each source a 'url:' line with the page's full address");
            else if (title.Length > 0 && key.Length > 0)
                sources.Add(new Source(key, title, uri.AbsoluteUri));
        }
        return sources;
    }
}
