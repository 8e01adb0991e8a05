namespace PainPumpInfo.Web.Tools.Sheet;

/// <summary>One medicine on the sheet: its lists of signs and the notes for emergency staff.</summary>
public sealed record SheetMedicine(string Key, string Name, IReadOnlyList<SheetSignList> Lists, IReadOnlyList<CitedText> Notes);
