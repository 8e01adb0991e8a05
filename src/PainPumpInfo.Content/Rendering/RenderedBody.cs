using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Rendering;

/// <summary>An article body rendered once, with what the page, the validator and search need from it.</summary>
public sealed record RenderedBody(
    string Html,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<Question> Questions,
    double ReadingGrade,
    IReadOnlyList<InternalLink> Links,
    IReadOnlyList<ImageReference> Images,
    IReadOnlyList<Passage> Passages,
    IReadOnlyList<ListedSource> Sources);
