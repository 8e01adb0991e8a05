namespace PainPumpInfo.Content.Model;

/// <summary>A navigation group with its public articles in reading order.</summary>
public sealed record Section(string Key, string Title, IReadOnlyList<Article> Articles)
{
    /// <summary>
    /// The group of articles with no <c>section:</c>. Its title is also a link's text in every footer, so it must
    /// say where the link goes: "More information" is the kind of link text screen reader users and Lighthouse flag.
    /// </summary>
    public const string OtherTopicsTitle = "Other topics";

    /// <summary>The id of the section's heading on the home page, which every footer links to.</summary>
    public string Anchor => Key.Length == 0 ? "more" : Key;
}
