using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Web.Tools.Sheet;

/// <summary>
/// What the "For emergency staff" sheet shows from the site's own data, numbered for its source list: the pump's MRI
/// rule, the signs and notes for the medicines, what naloxone does and does not reverse, and phone lines.
/// </summary>
/// <param name="Mri">The pump model's MRI rule; null when the model is not one the site knows.</param>
/// <param name="Sources">The sources cited, numbered in the order the sheet first cites them.</param>
public sealed record EmergencySheet(
    CitedText? Mri,
    IReadOnlyList<SheetMedicine> Medicines,
    IReadOnlyList<CitedText> NaloxoneReverses,
    IReadOnlyList<CitedText> NaloxoneDoesNotReverse,
    IReadOnlyList<SheetContact> Contacts,
    IReadOnlyList<ListedSource> Sources);
