namespace PainPumpInfo.Content.Rendering;

/// <summary>A link from an article to another article (or a heading in it), kept so the validator can check it exists.</summary>
/// <param name="Route">Target route, e.g. <c>living-with-a-pump/refills</c>.</param>
/// <param name="Anchor">Heading id after '#', or empty.</param>
public sealed record InternalLink(string Route, string Anchor, int Line, int Column);
