using Ganss.Xss;

namespace PainPumpInfo.Content.Rendering;

/// <summary>
/// Content is not trusted to be safe: an article body with raw HTML in it goes through HtmlSanitizer with a
/// small allow-list. Reports what it removed so `check` can say so.
/// </summary>
public sealed class RawHtmlSanitizer
{
    private static readonly string[] Tags =
    [
        "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "s", "del", "sup", "sub",
        "small", "mark", "abbr", "dfn", "code", "pre", "blockquote", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "a", "img", "figure", "figcaption", "div", "span",
    ];

    private static readonly string[] Attributes =
        ["href", "src", "alt", "title", "id", "class", "role", "rel", "colspan", "rowspan", "scope", "start", "aria-label", "tabindex"];

    /// <summary>Made on first use: most content has no raw HTML, and the sanitizer loads a whole HTML and CSS parser.</summary>
    private readonly Lazy<HtmlSanitizer> sanitizer = new(Create);

    private static HtmlSanitizer Create() =>
        new(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        })
        {
            KeepChildNodes = true,
        };

    /// <returns>The safe HTML and a description of each thing removed.</returns>
    public (string Html, IReadOnlyList<string> Removed) Sanitize(string html)
    {
        var removed = new List<string>();
        void OnTag(object? _, RemovingTagEventArgs e) => removed.Add($"<{e.Tag.TagName.ToLowerInvariant()}> element");
        void OnAttribute(object? _, RemovingAttributeEventArgs e) => removed.Add($"'{e.Attribute.Name}' attribute on <{e.Tag.TagName.ToLowerInvariant()}>");
        void OnStyle(object? _, RemovingStyleEventArgs e) => removed.Add("inline style");
        // One sanitizer is shared; the event handlers are per call, so calls must not overlap.
        var sanitizer = this.sanitizer.Value;
        lock (sanitizer)
        {
            sanitizer.RemovingTag += OnTag;
            sanitizer.RemovingAttribute += OnAttribute;
            sanitizer.RemovingStyle += OnStyle;
            try
            {
                return (sanitizer.Sanitize(html), removed);
            }
            finally
            {
                sanitizer.RemovingTag -= OnTag;
                sanitizer.RemovingAttribute -= OnAttribute;
                sanitizer.RemovingStyle -= OnStyle;
            }
        }
    }
}
