namespace PainPumpInfo.Web.Tools;

/// <summary>The patient tools as a list of links: with what each does on the home page, names only in the footer.</summary>
public sealed record ToolList(IReadOnlyList<ToolLink> Tools, bool WithDescriptions);
