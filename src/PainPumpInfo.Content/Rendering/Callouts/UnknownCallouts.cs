using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Rendering.Callouts;

/// <summary>Warns about a <c>:::name</c> that is no callout the site knows; it is shown as a note.</summary>
public static class UnknownCallouts
{
    public static void Report(RenderContext context)
    {
        foreach (var container in context.Document.Descendants<CustomContainer>())
            if (CalloutKind.Find(container.Info) is null)
                context.Report(container, Severity.Warning,
                    $"unknown callout ':::{container.Info}' is shown as a note",
                    $"use one of: {string.Join(", ", CalloutKind.All.Select(k => ":::" + k.Name))}");
    }
}
