namespace PainPumpInfo.Content.Model.Pumps;

/// <summary>One of the facts every model has (e.g. <c>mri</c>), with the label readers see.</summary>
/// <param name="Article">The route of the article that explains this topic (e.g. living-with-a-pump/alarms), or null.</param>
public sealed record PumpFact(string Key, string Label, string? Article);
