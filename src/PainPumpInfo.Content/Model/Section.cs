namespace PainPumpInfo.Content.Model;

/// <summary>A navigation group with its public articles in reading order.</summary>
public sealed record Section(string Key, string Title, IReadOnlyList<Article> Articles);
