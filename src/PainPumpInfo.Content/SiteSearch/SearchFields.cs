namespace PainPumpInfo.Content.SiteSearch;

/// <summary>The fields of a passage document, and how much a match in each one weighs.</summary>
internal static class SearchFields
{
    public const string Title = "title";
    public const string Heading = "heading";
    public const string Summary = "summary";
    public const string Body = "body";

    /// <summary>Indexed, to replace an article's documents, and doc values, to group passages by article.</summary>
    public const string Route = "route";

    /// <summary>Doc values: which of its article's passages a Lucene document is, counting from 0.</summary>
    public const string PassageNumber = "passage";

    /// <summary>
    /// The article's title says what the whole article is about, so it weighs most and is repeated on every passage;
    /// a heading says what its passage is about; the description sums up the article; body text counts least.
    /// The title weighs this much more because it is on every passage of its article, which makes it look
    /// common to Lucene and lowers its score: "granuloma" must find the granuloma article before the
    /// "Granuloma" heading inside the morphine article. Tuned on the shipped content's query table (tests).
    /// </summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Weighted =
    [
        (Title, 8f),
        (Heading, 2f),
        (Summary, 1.5f),
        (Body, 1f),
    ];

    /// <summary>
    /// A word found in none of these is taken as a typo. Headings and the description are short and reuse the
    /// words of the title and body.
    /// </summary>
    public static readonly IReadOnlyList<string> Spelled = [Title, Body];
}
