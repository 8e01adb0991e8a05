using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Rendering;

/// <summary>An article body rendered once, with what the page, the validator and search need from it.</summary>
/// <param name="Grade">
/// The US school grade its prose reads at (paragraphs outside tables), which the validator holds to the site's limit:
/// worked out when the body is rendered, so the snapshot need not keep a second copy of the text.
/// </param>
public sealed record RenderedBody(
    string Html,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<Question> Questions,
    double Grade,
    IReadOnlyList<InternalLink> Links,
    IReadOnlyList<ImageReference> Images,
    IReadOnlyList<Passage> Passages,
    IReadOnlyList<ListedSource> Sources);
