namespace PainPumpInfo.Web.Tools;

/// <summary>One patient tool as the navigation lists it.</summary>
public sealed record ToolLink(string Title, string Url, string Description);
