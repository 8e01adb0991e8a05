namespace PainPumpInfo.Web.Tools.Sheet;

/// <summary>
/// A list of signs on the sheet: its title and its signs in runs of the same stage ("Early signs", "Later signs", or
/// none). The patient's instruction that closes the list in articles is left out: the sheet is for staff.
/// </summary>
public sealed record SheetSignList(string Title, IReadOnlyList<SheetSignRun> Runs);
