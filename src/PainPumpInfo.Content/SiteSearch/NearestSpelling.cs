using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PainPumpInfo.Content.SiteSearch;

/// <summary>
/// The word the site uses that a misspelt word was most likely meant to be: of the words one letter wrong,
/// missing, extra or swapped away (the first letter kept, as typos there are rare), the one in most passages.
/// </summary>
/// <remarks>
/// Lucene's own fuzzy enumeration finds the candidates; the query then looks for the chosen word in every
/// field like any other. A FuzzyQuery per field would compile the same automata once for each field, the most
/// expensive part of a search. Candidates come from the body text, which uses nearly every word of the titles.
/// </remarks>
internal static class NearestSpelling
{
    public const int MaxEdits = 1;
    public const int KeptPrefixLength = 1;

    public static string? Of(string term, IndexReader index)
    {
        var bodyWords = MultiFields.GetTerms(index, SearchFields.Body);
        if (bodyWords is null) return null;
        var candidates = new FuzzyTermsEnum(bodyWords, new AttributeSource(), new Term(SearchFields.Body, term),
            MaxEdits, KeptPrefixLength, transpositions: true);
        string? best = null;
        var bestPassages = 0;
        // Terms come in sorted order, so a tie goes to the same word every time.
        while (candidates.MoveNext())
        {
            if (candidates.DocFreq <= bestPassages) continue;
            bestPassages = candidates.DocFreq;
            best = candidates.Term.Utf8ToString();
        }
        return best;
    }
}
