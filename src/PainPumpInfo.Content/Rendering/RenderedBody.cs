using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Rendering;

/// <summary>An article body rendered once, with what the page, the validator and search need from it.</summary>
/// <param name="Prose">The text of its paragraphs outside tables, which the validator grades for reading level.</param>
public sealed record RenderedBody(
    string Html,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<string> Prose,
    IReadOnlyList<InternalLink> Links,
    IReadOnlyList<ImageReference> Images,
    IReadOnlyList<Passage> Passages,
    IReadOnlyList<ListedSource> Sources);
