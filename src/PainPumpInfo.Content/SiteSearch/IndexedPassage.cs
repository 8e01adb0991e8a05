using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.SiteSearch;

/// <summary>What one Lucene document stands for: a passage of an article, with the article's number in reading order.</summary>
internal sealed record IndexedPassage(int ArticleNumber, Article Article, string SectionTitle, Passage Passage);
