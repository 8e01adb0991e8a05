namespace PainPumpInfo.Content.Model;

/// <summary>An article's YAML front matter after validation: required fields are present and typed.</summary>
public sealed record FrontMatter(
    string Title,
    string Description,
    string? Section,
    int? Order,
    DateOnly LastReviewed,
    string? ReviewedBy,
    DateOnly NextReview,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Related,
    bool Draft);
