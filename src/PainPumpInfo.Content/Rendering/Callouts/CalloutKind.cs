using System.Net;

namespace PainPumpInfo.Content.Rendering.Callouts;

/// <summary>The four callouts, after the NHS "when to get care" cards, each with the label shown above it.</summary>
public sealed record CalloutKind(string Name, string Label)
{
    public static readonly CalloutKind Urgent = new("urgent", "Urgent: get help now");
    public static readonly CalloutKind Warning = new("warning", "Important: call your care team");
    public static readonly CalloutKind Tip = new("tip", "Tip");
    public static readonly CalloutKind Note = new("note", "Note");

    public static IReadOnlyList<CalloutKind> All { get; } = [Urgent, Warning, Tip, Note];

    /// <summary>
    /// The box's opening tag and its label, the same wherever a callout is shown (articles, embedded warning signs,
    /// the home page); the caller writes the content and the closing &lt;/div&gt;.
    /// </summary>
    /// <param name="extraClass">A class for one kind of box, such as emergency-signs.</param>
    public string OpeningHtml(string? extraClass = null) =>
        $"<div class=\"callout callout-{Name}{(extraClass is null ? "" : " " + extraClass)}\" role=\"note\">" +
        $"<p class=\"callout-label\"><strong>{WebUtility.HtmlEncode(Label)}</strong></p>\n";

    /// <summary>Null for a name editors might mistype; the renderer then falls back to a note.</summary>
    public static CalloutKind? Find(string? name) =>
        All.FirstOrDefault(k => string.Equals(k.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
