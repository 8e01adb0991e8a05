using System.Security.Cryptography;
using System.Text;

namespace PainPumpInfo.Content.Model;

/// <summary>
/// The fingerprint of exactly the text a clinician reviews: the title, the description, the Markdown body and the
/// sources (key, title, address), in that order. A review record carries it, so a review stays on a page only while
/// the page still says what was reviewed. Everything else in the front matter (order, section, related, aliases,
/// dates, draft) is not reviewed text and never changes it.
/// </summary>
/// <remarks>
/// The body is the Markdown after the front matter, with line ends already made \n; blank lines before its first
/// line and whitespace after its last are left out, because editors add and remove them without noticing and
/// readers never see them. Each field is written with its name and length, so no edit can move text from one field to
/// another and keep the hash. Changing this form changes every hash, and every reviewed page would show as changed:
/// the test that pins a known value is there to make that a deliberate decision.
/// </remarks>
public static class ReviewHash
{
    /// <returns>SHA-256 in lower-case hex (64 characters).</returns>
    public static string Of(string title, string description, string body, IEnumerable<Source> sources)
    {
        var text = new StringBuilder();
        Field(text, "title", title);
        Field(text, "description", description);
        Field(text, "body", ReviewedBody(body));
        foreach (var source in sources)
        {
            Field(text, "source-key", source.Key);
            Field(text, "source-title", source.Title);
            Field(text, "source-url", source.Url);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static string Of(FrontMatter front, string body) => Of(front.Title, front.Description, body, front.Sources);

    /// <summary>True for what <see cref="Of(string, string, string, IEnumerable{Source})"/> returns: 64 lower-case hex digits.</summary>
    public static bool IsWellFormed(string hash) => hash.Length == 64 && hash.All(char.IsAsciiHexDigitLower);

    private static string ReviewedBody(string body)
    {
        var lines = body.Split('\n');
        var first = Array.FindIndex(lines, line => !string.IsNullOrWhiteSpace(line));
        return first < 0 ? "" : string.Join('\n', lines[first..]).TrimEnd();
    }

    private static void Field(StringBuilder text, string name, string value) =>
        text.Append(name).Append(' ').Append(value.Length).Append('\n').Append(value).Append('\n');
}
