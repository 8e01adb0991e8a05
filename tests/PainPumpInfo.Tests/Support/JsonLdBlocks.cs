using System.Text.Json;
using AngleSharp.Dom;

namespace PainPumpInfo.Tests.Support;

/// <summary>A page's structured data, each JSON-LD block parsed with System.Text.Json (a block that is not JSON fails the test).</summary>
public static class JsonLdBlocks
{
    public static IReadOnlyList<JsonElement> In(IDocument page) =>
        page.QuerySelectorAll("script[type='application/ld+json']")
            .Select(script => JsonDocument.Parse(script.TextContent).RootElement.Clone())
            .ToArray();

    public static JsonElement Single(IDocument page, string type)
    {
        var blocks = In(page).Where(b => b.GetProperty("@type").GetString() == type).ToArray();
        Assert.True(blocks.Length == 1, $"expected one {type} block, found {blocks.Length}");
        Assert.Equal("https://schema.org", blocks[0].GetProperty("@context").GetString());
        return blocks[0];
    }

    public static string? Text(JsonElement item, string property) =>
        item.TryGetProperty(property, out var value) ? value.GetString() : null;
}
