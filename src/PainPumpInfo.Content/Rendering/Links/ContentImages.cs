using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PainPumpInfo.Content.Rendering.Links;

/// <summary>Points each image at its file in the content folder, and keeps it for the validator (file exists, alt text).</summary>
public static class ContentImages
{
    public static void Rewrite(RenderContext context)
    {
        foreach (var image in context.Document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            var url = image.Url?.Trim() ?? "";
            if (!LinkTarget.IsRelative(url)) continue;
            var (target, _) = LinkTarget.Split(url);
            var path = LinkTarget.Resolve(context.Path, target);
            context.Images.Add(new ImageReference(path ?? target, PlainText.Of(image), image.Line + 1, image.Column + 1));
            if (path is not null) image.Url = "/" + path;
        }
    }
}
