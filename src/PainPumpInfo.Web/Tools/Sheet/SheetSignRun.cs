namespace PainPumpInfo.Web.Tools.Sheet;

/// <summary>Signs in a row that share a stage, under its label ("Early signs") or none.</summary>
/// <param name="Citations">When every sign of the run has the same sources, they are cited once, here, and not after each sign.</param>
public sealed record SheetSignRun(string? Label, IReadOnlyList<CitedText> Signs, IReadOnlyList<SheetCitation> Citations);
