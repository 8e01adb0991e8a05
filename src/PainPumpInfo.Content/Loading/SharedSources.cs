using System.Collections.Concurrent;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Loading;

/// <summary>
/// One instance of each distinct source across the articles a load reads. Articles cite the same labels, makers'
/// manuals and papers, and an article read from the parse cache has its sources twice (front matter and numbered
/// list, which a parse shares): at 1,000 articles the copies were a fifth of the snapshot.
/// </summary>
internal sealed class SharedSources
{
    private readonly ConcurrentDictionary<Source, Source> pool = new();

    public ParsedFile Share(ParsedFile file)
    {
        if (file.Article is not { } article) return file;
        var own = article.FrontMatter.Sources.Select(s => pool.GetOrAdd(s, s)).ToArray();
        var byKey = own.DistinctBy(s => s.Key).ToDictionary(s => s.Key);
        var listed = article.Body.Sources
            .Select(l => byKey.TryGetValue(l.Source.Key, out var shared) && shared == l.Source ? l with { Source = shared } : l)
            .ToArray();
        return file with
        {
            Article = article with
            {
                FrontMatter = article.FrontMatter with { Sources = own },
                Body = article.Body with { Sources = listed },
            },
        };
    }
}
