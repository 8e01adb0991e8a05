using System.Collections.Frozen;
using PainPumpInfo.Content.Loading;
using PainPumpInfo.Content.Loading.Emergency;
using PainPumpInfo.Content.Loading.Pumps;
using PainPumpInfo.Content.Model.Emergency;
using PainPumpInfo.Content.Model.Pumps;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Pumps;
using PainPumpInfo.Content.Reviews;
using PainPumpInfo.Content.SiteSearch;

namespace PainPumpInfo.Content;

/// <summary>
/// Everything the site shows, built once from the content folder and never changed: pages read it, and a
/// content change builds a whole new snapshot that replaces this one.
/// </summary>
public sealed class ContentSnapshot
{
    private static long built;
    private readonly Lazy<Task<SearchIndex>> search;

    public ContentSnapshot(
        SiteSettings site,
        IEnumerable<Article> articles,
        IReadOnlyList<GlossaryTerm> glossary,
        IReadOnlyList<Diagnostic> diagnostics,
        IReadOnlyDictionary<string, ParsedFile> files,
        string version)
    {
        Site = site;
        Articles = articles.ToFrozenDictionary(a => a.Route);
        Aliases = Articles.Values
            .SelectMany(a => a.FrontMatter.Aliases.Select(alias => (alias, a.Route)))
            .Where(x => !Articles.ContainsKey(x.alias))
            .DistinctBy(x => x.alias)
            .ToFrozenDictionary(x => x.alias, x => x.Route);
        Sections = BuildSections(site, Articles.Values);
        Glossary = glossary;
        SearchWriter = new SearchIndexWriter(glossary);
        // Built from the sections, which hold exactly the served articles: drafts that are not served are not indexed.
        // The pump pages are found too; read when the index is built, after PumpsFile is set.
        search = new Lazy<Task<SearchIndex>>(() => Task.Run(() =>
            SearchWriter.IndexFor(Number, SearchIndex.ArticlesOf([.. Sections, .. PumpSearchPages.Sections(Pumps, PumpPages)]))));
        Diagnostics = diagnostics;
        Files = files;
        Version = version;
    }

    public SiteSettings Site { get; }

    /// <summary>The articles served, by route (drafts only when the options asked for them).</summary>
    public FrozenDictionary<string, Article> Articles { get; }

    /// <summary>Old routes that answer 301 to the current one.</summary>
    public FrozenDictionary<string, string> Aliases { get; }

    /// <summary>Navigation: site.yml's sections in order, then any other sections, then articles with no section.</summary>
    public IReadOnlyList<Section> Sections { get; }

    public IReadOnlyList<GlossaryTerm> Glossary { get; }

    /// <summary>content/pumps.yml as loaded: its catalog (the last good one after a broken save) and its problems.</summary>
    public PumpsFile PumpsFile { get; init; } = PumpsFile.None;

    /// <summary>The pump models and their facts, for /pumps, /pumps/{key} and embedded tables.</summary>
    public PumpCatalog Pumps => PumpsFile.Catalog;

    /// <summary>The bodies of /pumps and /pumps/{key}, rendered once with this snapshot.</summary>
    public PumpPages PumpPages { get; init; } = PumpPages.None;
    /// <summary>The reviewers, the review records in use, and where each served page stands with its clinical review.</summary>
    public ClinicalReviews Reviews { get; init; } = ClinicalReviews.None;
    /// <summary>content/emergency-signs.yml as loaded: its signs (the last good ones after a broken save) and its problems.</summary>
    public EmergencySignsFile SignsFile { get; init; } = EmergencySignsFile.None;

    /// <summary>Each medicine's warning signs, for the articles' embedded boxes and the emergency sheet.</summary>
    public EmergencySigns EmergencySigns => SignsFile.Signs;

    /// <summary>The search index of this snapshot's articles: swapped together with them on every reload.</summary>
    /// <remarks>
    /// Built once, in the background, from the first time it is asked for: pages can be served before it exists
    /// (at start-up it takes as long as the rest of the snapshot; after an edit, milliseconds), `check` never pays
    /// for it, and a search that comes before it is ready awaits it rather than holding a thread.
    /// </remarks>
    public Task<SearchIndex> Search => search.Value;

    /// <summary>
    /// Keeps the Lucene index that <see cref="Search"/> reads: the previous snapshot's when the glossary (part of
    /// how words are read) is the same, so only the articles that changed are indexed again. Always made with this
    /// snapshot's glossary.
    /// </summary>
    internal SearchIndexWriter SearchWriter { get; init; }

    /// <summary>Counts snapshots in the order they were built, so the index writer knows which readers are old.</summary>
    internal long Number { get; } = Interlocked.Increment(ref built);

    /// <summary>Builds the search index if nothing has asked for it yet, and returns when it is ready.</summary>
    public void PrepareSearch() => search.Value.GetAwaiter().GetResult();

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Each article file's size and modification time when it was read, by path.</summary>
    public IReadOnlyDictionary<string, FileStamp> FileStamps { get; init; } = new Dictionary<string, FileStamp>();

    /// <summary>How many article files this load parsed, read from the parse cache, or took over unchanged.</summary>
    public ParseCounts Parses { get; init; } = ParseCounts.None;

    /// <summary>Every article file seen, by path, with its own problems: the content status page lists these.</summary>
    public IReadOnlyDictionary<string, ParsedFile> Files { get; }

    /// <summary>Changes whenever any served byte could change: for cache keys and ETags.</summary>
    public string Version { get; }

    /// <summary>When this snapshot was built (whole seconds, as HTTP dates have): pages' Last-Modified.</summary>
    public DateTimeOffset BuiltAt { get; } = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The problems found in one file, its own and the cross-file ones.</summary>
    public IReadOnlyList<Diagnostic> DiagnosticsFor(string path) => Diagnostics.Where(d => d.Path == path).ToArray();

    public Article? Find(string route) => Articles.GetValueOrDefault(route);

    public Section? SectionOf(Article article) =>
        Sections.FirstOrDefault(s => s.Articles.Contains(article));

    /// <summary>The articles before and after this one in its section's reading order.</summary>
    public (Article? Previous, Article? Next) Neighbours(Article article)
    {
        var list = SectionOf(article)?.Articles ?? [];
        var index = list.ToList().IndexOf(article);
        if (index < 0 || article.FrontMatter.Section is null) return (null, null);
        return (index > 0 ? list[index - 1] : null, index < list.Count - 1 ? list[index + 1] : null);
    }

    private static IReadOnlyList<Section> BuildSections(SiteSettings site, IEnumerable<Article> articles)
    {
        var groups = articles
            .GroupBy(a => a.FrontMatter.Section ?? "")
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Article>)g
                .OrderBy(a => a.FrontMatter.Order ?? int.MaxValue)
                .ThenBy(a => a.Title, StringComparer.OrdinalIgnoreCase)
                .ToArray());
        var ordered = site.Sections.Select(s => s.Key)
            .Concat(groups.Keys.Where(k => k.Length > 0 && site.Sections.All(s => s.Key != k)).Order())
            .Append("");
        return ordered
            .Where(groups.ContainsKey)
            .Select(key => new Section(key, key.Length == 0 ? Section.OtherTopicsTitle : site.SectionTitle(key), groups[key]))
            .ToArray();
    }
}
