using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.SiteSearch;

/// <summary>
/// The different words patients and articles use for one thing. Every spelling of a concept is joined, where it
/// appears, by one extra token naming the concept ("#mri" over "MRI" and over "magnetic resonance"), in the
/// index and in the query alike. A concept token rather than expanding each spelling into all the others: a
/// glossary lists narrower phrases too ("baclofen pump" is a kind of drug pump), and expanding them would put
/// "baclofen" into every article that says "drug pump".
/// </summary>
internal static class ConceptSynonyms
{
    /// <summary>Starts every concept token: the tokenizer never makes a word that starts with it, so no typed word can collide.</summary>
    public const char Marker = '#';

    /// <summary>Patients' words the glossary does not list; the glossary's own terms and other spellings are added to these.</summary>
    private static readonly (string Concept, string[] Spellings)[] BuiltIn =
    [
        ("pump-names", ["pain pump", "intrathecal pump", "drug pump", "IDDS", "ITDD", "targeted drug delivery", "intrathecal drug delivery"]),
        // "refill" and "refilling" stem to the same word already; kept so the rule is written down where people look for it.
        ("refill", ["refill", "refilling", "refills"]),
        ("mri", ["MRI", "magnetic resonance", "MRI scan"]),
        ("travel", ["flying", "fly", "flight", "travel", "travelling", "trip", "airport", "plane"]),
    ];

    public static SynonymMap Build(IReadOnlyList<GlossaryTerm> glossary)
    {
        var builder = new SynonymMap.Builder(dedup: true);
        var groups = BuiltIn.Concat(glossary.Select(t => (Concept: t.Id, Spellings: t.OtherSpellings.Prepend(t.Term).ToArray())));
        foreach (var (concept, spellings) in groups)
        {
            var phrases = spellings.Select(Words).Where(w => w.Length > 0).DistinctBy(w => string.Join(' ', w)).ToArray();
            // One spelling after stemming ("refill", "refilling"): stemming joins them already, a token adds nothing.
            if (phrases.Length < 2 || concept.Length == 0) continue;
            var token = new CharsRef(Marker + concept);
            foreach (var words in phrases.Where(words => !HoldsAnotherSpelling(words, phrases)))
                builder.Add(SynonymMap.Builder.Join(words, new CharsRef()), token, includeOrig: true);
        }
        return builder.Build();
    }

    /// <summary>
    /// "MRI scan" holds "MRI": wherever it is written, the one word already adds the concept's token, so the phrase
    /// would add nothing. Leaving such phrases out matters for speed: the synonym filter copies every word that
    /// starts a phrase of the map, and the word after it, which made it most of the time an index build takes.
    /// </summary>
    private static bool HoldsAnotherSpelling(string[] words, string[][] phrases) =>
        words.Length > 1 && phrases.Any(other => other.Length == 1 && words.Contains(other[0], StringComparer.Ordinal));

    /// <summary>A phrase as the analyzer sees it, word by word: "Pain pumps" is "pain", "pump".</summary>
    private static string[] Words(string phrase)
    {
        var words = new List<string>();
        using var stream = PatientAnalyzer.WithoutSynonyms.GetTokenStream("", phrase);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) words.Add(term.ToString());
        stream.End();
        return [.. words];
    }
}
