namespace PainPumpInfo.Web.Tools.Sheet;

/// <summary>A sign, note or rule on the emergency sheet, with its numbered citations.</summary>
public sealed record CitedText(string Text, IReadOnlyList<SheetCitation> Citations);
