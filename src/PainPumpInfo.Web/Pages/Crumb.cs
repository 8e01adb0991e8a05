namespace PainPumpInfo.Web.Pages;

/// <summary>One step of a breadcrumb trail; the last step (the current page) has no link.</summary>
public sealed record Crumb(string Title, string? Url);
