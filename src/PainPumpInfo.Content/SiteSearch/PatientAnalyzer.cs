using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace PainPumpInfo.Content.SiteSearch;

/// <summary>
/// How both articles and patients' queries are broken into searchable words: English words, folded to plain
/// letters, lower-cased, Porter-stemmed ("refilling" and "refill" both become "refil"), and — when given a
/// synonym map — with each known spelling of a concept joined by that concept's token. The same analyzer
/// serves the index and the query, so both sides always agree on what a word is.
/// </summary>
/// <remarks>
/// Filler words stay in the index and are dropped from the query instead (<see cref="IsFillerWord"/>): a stop
/// filter here would close the gap in "pain, but a pump" and make it read as the phrase "pain pump".
/// </remarks>
internal sealed class PatientAnalyzer(SynonymMap? synonyms) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Lucene's English stop words plus the words patients wrap a question in ("can I fly", "how do I refill my pump"):
    /// they say nothing about the topic and would otherwise match the FAQ's headings everywhere.
    /// </summary>
    private static readonly CharArraySet StopWords = BuildStopWords();

    /// <summary>The analysis chain without synonyms: the synonym map's own phrases are analyzed with it.</summary>
    public static PatientAnalyzer WithoutSynonyms { get; } = new(null);

    /// <summary>True for a word, as typed, that a query should not look for.</summary>
    public static bool IsFillerWord(string typed) => StopWords.Contains(typed);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new StandardFilter(Version, source);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new PorterStemFilter(stream);
        // After stemming, so one entry in the map covers every inflection ("pain pumps", "flying", "refilling").
        if (synonyms is not null) stream = new SynonymFilter(stream, synonyms, ignoreCase: false);
        return new TokenStreamComponents(source, stream);
    }

    private static CharArraySet BuildStopWords()
    {
        string[] questionWords =
        [
            "i", "me", "my", "mine", "myself", "we", "us", "our", "you", "your", "yours", "he", "she", "him", "her", "his",
            "can", "could", "do", "does", "did", "should", "would", "shall", "may", "might", "must",
            "what", "which", "who", "whom", "how", "why", "when", "where", "am", "been", "being",
            "has", "have", "had", "having", "get", "gets", "got", "so", "some", "any", "please",
        ];
        var set = new CharArraySet(Version, EnglishAnalyzer.DefaultStopSet, ignoreCase: true);
        foreach (var word in questionWords) set.Add(word);
        return set.AsReadOnly();
    }
}
