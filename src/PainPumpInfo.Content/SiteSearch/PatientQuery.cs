using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PainPumpInfo.Content.SiteSearch;

/// <summary>
/// What a patient typed, turned into a Lucene query without any query syntax: the text goes through the same
/// analyzer as the articles, and each resulting word becomes a term query built here. Quotes, stars, AND,
/// "title:" and brackets are therefore just characters (or filler words), never operators, and cannot fail.
/// </summary>
internal sealed class PatientQuery
{
    /// <summary>Long enough for any real question; longer input is cut (the page says so) to keep every search fast.</summary>
    public const int MaxLength = 200;

    /// <summary>A question's worth of words, filler words included; the rest of a pasted paragraph adds time, not relevance.</summary>
    public const int MaxWords = 16;

    /// <summary>Typos are only forgiven in longer words: in short ones one wrong letter is usually another word.</summary>
    public const int FuzzyFromLength = 5;

    /// <summary>A title that has all the words, in order, is very likely what was asked for ("who can have a pump").</summary>
    public const float WholeTitleBoost = 8f;

    private PatientQuery(string text, bool wasShortened, IReadOnlyList<QueryWord> words, IReadOnlyList<string> phrase)
    {
        Text = text;
        WasShortened = wasShortened;
        Words = words;
        Phrase = phrase;
    }

    /// <summary>The text searched for, trimmed and cut to <see cref="MaxLength"/>.</summary>
    public string Text { get; }

    public bool WasShortened { get; }

    public IReadOnlyList<QueryWord> Words { get; }

    /// <summary>Every typed word in order, filler words too: the question as a phrase.</summary>
    public IReadOnlyList<string> Phrase { get; }

    public static PatientQuery Parse(string? typed, Analyzer analyzer)
    {
        var text = new string((typed ?? "").Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        var wasShortened = text.Length > MaxLength;
        if (wasShortened)
        {
            // Never cut a surrogate pair in half: the page shows this text back.
            var cut = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
            text = text[..cut].TrimEnd();
        }
        var (words, phrase) = Analyze(text, analyzer);
        return new PatientQuery(text, wasShortened, words, phrase);
    }

    /// <summary>
    /// The typos and what they were read as: a word of <see cref="FuzzyFromLength"/> letters or more that the site
    /// does not use anywhere, and the <see cref="NearestSpelling"/> the site does use.
    /// </summary>
    public IReadOnlyDictionary<QueryWord, string> Misspelt(IndexReader index)
    {
        var misspelt = new Dictionary<QueryWord, string>();
        foreach (var word in Words)
        {
            if (word.TypedLength < FuzzyFromLength || SearchFields.Spelled.Any(f => index.DocFreq(new Term(f, word.Term)) > 0)) continue;
            if (NearestSpelling.Of(word.Term, index) is { } meant) misspelt[word] = meant;
        }
        return misspelt;
    }

    /// <summary>
    /// Each word in any field, its best field counting most (title, heading, summary, body), and articles with
    /// more of the words first; a misspelt word is looked for as the word it was read as.
    /// </summary>
    public Query ToLucene(IReadOnlyDictionary<QueryWord, string> readAs)
    {
        var query = new BooleanQuery();
        foreach (var word in Words)
        {
            var meant = readAs.GetValueOrDefault(word) ?? word.Term;
            var anyField = new DisjunctionMaxQuery(tieBreakerMultiplier: 0.1f);
            foreach (var (field, boost) in SearchFields.Weighted) anyField.Add(new TermQuery(new Term(field, meant)) { Boost = boost });
            query.Add(anyField, Occur.SHOULD);
        }
        // Filler words are indexed, so "who can have a pump" can still find the title that says exactly that.
        if (Words.Count > 0 && Phrase.Count > 1)
        {
            var wholeTitle = new PhraseQuery { Slop = 1, Boost = WholeTitleBoost };
            foreach (var word in Phrase) wholeTitle.Add(new Term(SearchFields.Title, word));
            query.Add(wholeTitle, Occur.SHOULD);
        }
        return query;
    }

    private static (List<QueryWord> Words, List<string> Phrase) Analyze(string text, Analyzer analyzer)
    {
        var words = new List<QueryWord>();
        var phrase = new List<string>();
        if (text.Length == 0) return (words, phrase);
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offsets = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var typedWords = 0;
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            var isConcept = value[0] == ConceptSynonyms.Marker;
            if (!isConcept && ++typedWords > MaxWords) break;
            if (!isConcept) phrase.Add(value);
            if (!isConcept && PatientAnalyzer.IsFillerWord(text[offsets.StartOffset..offsets.EndOffset])) continue;
            // Concept tokens are exact by nature; a typo is measured on what was typed, not on its stem.
            var typed = isConcept ? "" : text[offsets.StartOffset..offsets.EndOffset];
            if (words.All(w => w.Term != value)) words.Add(new QueryWord(value, typed));
        }
        stream.End();
        return (words, phrase);
    }
}
