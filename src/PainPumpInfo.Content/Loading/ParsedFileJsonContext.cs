using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PainPumpInfo.Content.Loading;

/// <summary>
/// The parse cache's JSON, generated at build time: reflection-based serialization would spend at start-up, on
/// JIT, much of the time the cache saves.
/// </summary>
[JsonSerializable(typeof(ParsedFile))]
internal sealed partial class ParsedFileJsonContext : JsonSerializerContext
{
    /// <summary>The options of the cache's entries, in one place (the generated <c>Default</c> has none of them).</summary>
    public static ParsedFileJsonContext Entries { get; } = new(new JsonSerializerOptions
    {
        // Strict: an entry missing a field, or null where the model allows none, is refused rather than half read.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        // Computed properties (Article.Url, Diagnostic.IsError) are not stored.
        IgnoreReadOnlyProperties = true,
        // HTML's < > & and quotes as they are, not as \u003C…: the default escaping is for JSON placed inside HTML,
        // which an entry never is, and would make entries a fifth larger.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
