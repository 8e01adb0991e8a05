using System.Text;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Rendering;

/// <summary>An article body rendered once, with what the page, the validator and search need from it.</summary>
/// <param name="HtmlUtf8">
/// The safe HTML, kept as UTF-8: half the memory of a string for the largest part of every article, and read from
/// the parse cache without unescaping. A page decodes it once, when it is rendered into the output cache.
/// </param>
/// <param name="Grade">
/// The US school grade its prose reads at (paragraphs outside tables), which the validator holds to the site's limit:
/// worked out when the body is rendered, so the snapshot need not keep a second copy of the text.
/// </param>
public sealed record RenderedBody(
    byte[] HtmlUtf8,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<Question> Questions,
    double Grade,
    IReadOnlyList<InternalLink> Links,
    IReadOnlyList<ImageReference> Images,
    IReadOnlyList<Passage> Passages,
    IReadOnlyList<ListedSource> Sources)
{
    public string Html => Encoding.UTF8.GetString(HtmlUtf8);
}
