using System.Text.Json.Serialization;

namespace PainPumpInfo.Content.Loading;

/// <summary>
/// The parse cache's JSON, generated at build time: reflection-based serialization would spend at start-up, on
/// JIT, much of the time the cache saves. Strict, so an entry missing a field is refused rather than half read.
/// </summary>
[JsonSourceGenerationOptions(
    IgnoreReadOnlyProperties = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ParsedFile))]
internal sealed partial class ParsedFileJsonContext : JsonSerializerContext;
