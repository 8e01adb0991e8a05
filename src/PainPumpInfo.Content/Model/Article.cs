using PainPumpInfo.Content.Rendering;

namespace PainPumpInfo.Content.Model;

/// <summary>One article, parsed and rendered once when content loads; pages only read it.</summary>
/// <param name="Route">URL path without the leading slash, e.g. <c>living-with-a-pump/refills</c>.</param>
/// <param name="Path">Source file relative to the content folder.</param>
/// <param name="ContentHash">Hash of the file's bytes, to tell a real change from a touch.</param>
/// <param name="ReviewHash">The <see cref="Model.ReviewHash"/> of its reviewed text, which review records must match.</param>
public sealed record Article(string Route, string Path, FrontMatter FrontMatter, RenderedBody Body, string ContentHash, string ReviewHash)
{
    public string Url => "/" + Route;

    public string Title => FrontMatter.Title;
}
