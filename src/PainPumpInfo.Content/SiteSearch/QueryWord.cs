namespace PainPumpInfo.Content.SiteSearch;

/// <summary>One analyzed word of a query, with the word as typed ("" for a concept token).</summary>
internal sealed record QueryWord(string Term, string Typed)
{
    public int TypedLength => Typed.Length;
}
