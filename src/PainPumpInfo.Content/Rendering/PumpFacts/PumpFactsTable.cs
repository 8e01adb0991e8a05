namespace PainPumpInfo.Content.Rendering.PumpFacts;

/// <summary>What an embed shows: a two-column table, a row per model (or per fact) with the value and its citation.</summary>
/// <param name="Label">Names the table's scroll region for screen readers, e.g. "MRI scans, by pump".</param>
/// <param name="RowHeading">The first column's heading ("Pump" or "Topic").</param>
/// <param name="ValueHeading">The second column's heading (the fact's label, or the model's name).</param>
public sealed record PumpFactsTable(string Label, string RowHeading, string ValueHeading, IReadOnlyList<PumpFactsRow> Rows);
