namespace PainPumpInfo.Content.Search;

/// <summary>One analyzed word of a query, with the length it had as typed (0 for a concept token).</summary>
internal sealed record QueryWord(string Term, int TypedLength);
