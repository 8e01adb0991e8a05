namespace PainPumpInfo.Tests.Support;

/// <summary>The pages a search engine may list, worked out from the content files rather than from the site.</summary>
public static class PublicPages
{
    public static string RouteOf(string file) => "/" + file[..^".md".Length];

    public static bool IsDraft(string file) =>
        FrontMatterOracle.Read(file).TryGetValue("draft", out var draft) && string.Equals(draft?.ToString(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every shipped article file that is not a draft.</summary>
    public static IReadOnlyList<string> ArticleFiles() => RepoPaths.ArticleFiles().Where(f => !IsDraft(f)).ToArray();

    /// <summary>Home and every public article, as site paths.</summary>
    public static IReadOnlyList<string> Paths() => ArticleFiles().Select(RouteOf).Prepend("/").ToArray();

    /// <summary>The pump pages made from content/pumps.yml: /pumps and one per model.</summary>
    public static IReadOnlyList<string> PumpPaths() => PumpsOracle.Shipped().PagePaths;

    /// <summary>The patient tools' form pages (their results, a filled card or a calendar file, are not listed).</summary>
    public static IReadOnlyList<string> ToolPaths() => ["/my-pump-card", "/refill-reminder"];

    /// <summary>What the sitemap lists: home, every public article, the glossary, the pump pages and the tools' forms.</summary>
    public static IReadOnlyList<string> SitemapPaths() => [.. Paths(), "/glossary", .. PumpPaths(), .. ToolPaths()];
}
