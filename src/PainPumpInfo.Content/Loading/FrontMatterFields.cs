namespace PainPumpInfo.Content.Loading;

/// <summary>The front matter fields an article may use, and what each should hold (said in editors' words).</summary>
public static class FrontMatterFields
{
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["title"] = "text, like 'Refilling your pump'",
        ["description"] = "one sentence of text",
        ["section"] = "the key of a section in site.yml, like living-with-a-pump",
        ["order"] = "a whole number, like 3",
        ["last_reviewed"] = "a date written as YYYY-MM-DD, like 2026-11-01",
        [RetiredReviewedBy] = "text (no longer shown: see the review command)",
        ["next_review"] = "a date written as YYYY-MM-DD, like 2027-11-01",
        ["sources"] = "a list of sources, each with a key, a title and a url",
        ["aliases"] = "a list of old addresses, like [/old-page]",
        ["related"] = "a list of article routes, like [living-with-a-pump/refills]",
        ["draft"] = "true or false",
    };

    /// <summary>Still read, so old files keep working, but never shown: reviews are recorded in reviews.yml instead.</summary>
    public const string RetiredReviewedBy = "reviewed_by";

    public static IEnumerable<string> Names => Expected.Keys;

    public static bool IsKnown(string name) => Expected.ContainsKey(name);

    public static string? Describe(string name) => Expected.GetValueOrDefault(name);

    /// <summary>The known field closest to a misspelt one, for "did you mean".</summary>
    public static string? Closest(string name) => EditDistance.Closest(name, Names);
}
