using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PainPumpInfo.Tests.Support;

/// <summary>Parses HTML the way a browser does, so tests assert structure rather than strings.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static string Text(IElement? element) => Normalise(element?.TextContent ?? "");

    public static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>True when <paramref name="first"/> comes before <paramref name="second"/> in document order.</summary>
    public static bool Precedes(INode first, INode second) =>
        first.CompareDocumentPosition(second).HasFlag(DocumentPositions.Following);
}
