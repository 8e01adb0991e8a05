using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.SiteSearch;

/// <summary>One article found, with where in it the best match is.</summary>
/// <param name="SectionTitle">The navigation section the article is in, e.g. "Living with a pump".</param>
/// <param name="Heading">The heading over the best-matching text; null when that text is the article's opening.</param>
/// <param name="SnippetHtml">
/// Safe HTML: the article's text HTML-encoded, with only the matched words wrapped in &lt;mark&gt;.
/// </param>
public sealed record SearchHit(Article Article, string SectionTitle, Heading? Heading, string SnippetHtml)
{
    /// <summary>The article, or straight to the heading where the match is.</summary>
    public string Url => Heading is { Id.Length: > 0 } heading ? $"{Article.Url}#{heading.Id}" : Article.Url;
}
