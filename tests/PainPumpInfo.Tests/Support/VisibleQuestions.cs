using AngleSharp.Dom;

namespace PainPumpInfo.Tests.Support;

/// <summary>
/// The questions a reader sees in an article, read from the served page rather than from its Markdown: each
/// level-3 heading of the article body that ends in '?' and has some text after it before the next heading.
/// </summary>
public static class VisibleQuestions
{
    private static readonly string[] Headings = ["H1", "H2", "H3", "H4", "H5", "H6"];

    public static IReadOnlyList<string> In(IDocument page)
    {
        var body = page.QuerySelector(".article-body");
        if (body is null) return [];
        return body.Children
            .Where(e => e.TagName == "H3" && Html.Text(e).EndsWith('?') && HasAnswer(e))
            .Select(Html.Text)
            .ToArray();
    }

    private static bool HasAnswer(IElement question)
    {
        for (var next = question.NextElementSibling; next is not null && !Headings.Contains(next.TagName); next = next.NextElementSibling)
            if (Html.Text(next).Length > 0) return true;
        return false;
    }
}
