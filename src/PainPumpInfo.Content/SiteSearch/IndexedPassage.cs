using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.SiteSearch;

/// <summary>What one Lucene document stands for: a passage of an article, with the article's number for grouping.</summary>
/// <param name="IsOpening">The article's first passage, which also carries its description.</param>
internal sealed record IndexedPassage(int ArticleNumber, Article Article, string SectionTitle, Passage Passage, bool IsOpening);
