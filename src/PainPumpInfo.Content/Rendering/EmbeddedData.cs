using PainPumpInfo.Content.Model.Emergency;
using PainPumpInfo.Content.Model.Pumps;

namespace PainPumpInfo.Content.Rendering;

/// <summary>The data files articles embed from: pump facts (<c>:::pump-facts</c>) and emergency signs (<c>:::emergency-signs</c>).</summary>
public sealed record EmbeddedData(PumpCatalog Pumps, EmergencySigns Signs)
{
    public static readonly EmbeddedData None = new(PumpCatalog.Empty, EmergencySigns.Empty);
}
