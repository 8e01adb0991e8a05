using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Pumps;

namespace PainPumpInfo.Content.Search;

/// <summary>
/// The pump pages as search sees them: indexed like articles (title, description, text under each heading), so
/// "Medtronic pump", "Flowonix" or a model number such as 8637 finds the model's page.
/// </summary>
public static class PumpSearchPages
{
    public const string SectionTitle = "Pump models";

    public static IReadOnlyList<Section> Sections(PumpPages pages) =>
        pages.Comparison is null ? [] : [new Section("pumps", SectionTitle, pages.All.ToArray())];
}
