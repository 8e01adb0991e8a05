namespace PainPumpInfo.Web.Tools;

/// <summary>One text input of a tool's form, with its label, hint, value as typed and error, for the shared field partial.</summary>
/// <param name="Type">The input type: text, tel or date.</param>
/// <param name="Autocomplete">What the browser may fill in (e.g. name, tel), or "off".</param>
public sealed record TextField(string Id, string Label, string? Hint, string Value, FormError? Error, string Type = "text", string Autocomplete = "off")
{
    public string? DescribedBy =>
        string.Join(' ', new[] { Hint is null ? null : Id + "-hint", Error is null ? null : Id + "-error" }.OfType<string>()) is { Length: > 0 } ids ? ids : null;
}
