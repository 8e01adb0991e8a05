using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Rendering.Citations;
using PainPumpInfo.Content.Rendering.EmergencySignLists;
using PainPumpInfo.Content.Rendering.PumpFacts;

namespace PainPumpInfo.Content.Rendering;

/// <summary>
/// Fills in <c>:::pump-facts</c> and <c>:::emergency-signs</c> from the data files. Their citations name the data
/// files' sources: those the article does not list itself join its sources, after its own.
/// </summary>
public static class Embeds
{
    public static void Resolve(RenderContext context)
    {
        IReadOnlyList<Source> cited =
        [
            .. PumpFactsResolver.Resolve(context.Path, context.Document, context.Embedded.Pumps, context.Diagnostics),
            .. EmergencySignsResolver.Resolve(context.Path, context.Document, context.Embedded.Signs, context.Diagnostics),
        ];
        context.Sources = EmbeddedSources.After(context.FrontMatterSources, cited);
    }
}
