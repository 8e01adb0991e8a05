using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace PainPumpInfo.Tests.Browser;

/// <summary>One accessibility standard for every browser test: axe-core's WCAG 2.2 AA rules and its best practices.</summary>
public static class AxeAssert
{
    private static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
        },
    };

    /// <summary>Fails listing each violation (rule, impact, help and the first offending elements) at this width.</summary>
    public static async Task NoViolations(IPage page, int width)
    {
        var result = await page.RunAxe(Wcag22AA);
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}) at {width}px: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");
        Assert.True(!result.Violations.Any(), string.Join("\n", violations));
    }
}
