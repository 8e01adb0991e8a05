namespace PainPumpInfo.Content.Model;

/// <summary>An entry of an article's numbered source list, as the page shows it.</summary>
/// <param name="FirstCitationId">The id of the first place the text cites it, for the link back; null when it is never cited.</param>
public sealed record ListedSource(int Number, Source Source, string? FirstCitationId);
