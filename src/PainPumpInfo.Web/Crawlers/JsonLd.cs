using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace PainPumpInfo.Web.Crawlers;

/// <summary>Writes structured data for a <c>&lt;script type="application/ld+json"&gt;</c> block.</summary>
public static class JsonLd
{
    public const string Context = "https://schema.org";

    // A JavaScriptEncoder always escapes '<', '>' and '&' (as \u003C ...), so text such as "</script>" or
    // "<!--" in a title can never end the script element early; every other character is written as is.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>A schema.org item with its context and type first, ready to fill.</summary>
    public static JsonObject Item(string type) => new() { ["@context"] = Context, ["@type"] = type };

    /// <summary>A nested item: a type and its properties, without the context.</summary>
    public static JsonObject Thing(string type, string name) => new() { ["@type"] = type, ["name"] = name };

    public static string Serialize(JsonObject item) => item.ToJsonString(Options);
}
