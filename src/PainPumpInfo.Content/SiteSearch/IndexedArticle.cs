using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.SiteSearch;

/// <summary>An article as search holds it: its passages, each one Lucene document, and the section it is listed in.</summary>
internal sealed record IndexedArticle(Article Article, string SectionTitle)
{
    private static readonly Passage NoText = Passage.Of(null, "");

    /// <summary>An article with no text still has one passage, so its title and description can be found.</summary>
    public IReadOnlyList<Passage> Passages { get; } = Article.Body.Passages.Count > 0 ? Article.Body.Passages : [NoText];

    public IndexedPassage PassageAt(int articleNumber, int ordinal) =>
        new(articleNumber, Article, SectionTitle, Passages[ordinal]);

    /// <summary>The text of each of its Lucene documents: when these are unchanged, the index needs no update.</summary>
    public IReadOnlyList<PassageFields> Documents() =>
        Passages.Select((passage, ordinal) => new PassageFields(Article.Title, passage.Heading?.Text ?? "", passage.TextUtf8,
                // The description introduces the article, so it belongs with its opening; on every passage it would
                // add a fifth of the index's words for little gain in ranking.
                ordinal == 0 ? Article.FrontMatter.Description : null))
            .ToArray();
}

/// <summary>The text fields of one passage's Lucene document.</summary>
/// <param name="Body">The passage's own text: compared by reference, so an article that was not parsed again is not indexed again.</param>
internal sealed record PassageFields(string Title, string Heading, byte[] Body, string? Summary);
