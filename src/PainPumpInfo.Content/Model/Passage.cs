using System.Text;

namespace PainPumpInfo.Content.Model;

/// <summary>
/// A stretch of an article's text under one heading (or before the first heading, where <see cref="Heading"/> is
/// null): search indexes these, so a result can link to the heading where the words were found.
/// </summary>
/// <param name="TextUtf8">
/// The plain text, kept as UTF-8: half the memory of a string, and read only to index a changed article or to
/// show a search result's snippet.
/// </param>
public sealed record Passage(Heading? Heading, byte[] TextUtf8)
{
    public string Text => Encoding.UTF8.GetString(TextUtf8);

    public static Passage Of(Heading? heading, string text) => new(heading, Encoding.UTF8.GetBytes(text));
}
