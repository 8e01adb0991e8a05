namespace PainPumpInfo.Web.Tools.Sheet;

/// <summary>A phone line from the emergency signs, with who it is for and its citations.</summary>
public sealed record SheetContact(CitedText Name, string Phone);
