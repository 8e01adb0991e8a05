using YamlDotNet.Serialization;

namespace PainPumpInfo.Tests.Support;

/// <summary>Reads a pumps.yml straight with YamlDotNet, independent of the site's own parser: what pages must show.</summary>
public sealed class PumpsOracle
{
    private readonly Dictionary<object, object?> root;

    public PumpsOracle(string yaml) => root = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object?>>(yaml);

    public static PumpsOracle Shipped() => new(File.ReadAllText(Path.Combine(RepoPaths.Content, "pumps.yml")));

    public string LastReviewed => root["last_reviewed"]!.ToString()!;

    public IReadOnlyList<(string Key, string Title, string Url)> Sources =>
        Entries("sources").Select(s => (Text(s, "key"), Text(s, "title"), Text(s, "url"))).ToArray();

    public IReadOnlyList<(string Key, string Label)> Facts => Entries("facts").Select(f => (Text(f, "key"), Text(f, "label"))).ToArray();

    public IReadOnlyList<string> ModelKeys => Entries("models").Select(m => Text(m, "key")).ToArray();

    public string Name(string model) => Text(Model(model), "name");

    public string Maker(string model) => Text(Model(model), "maker");

    /// <summary>A fact's text, or null when it is marked unknown.</summary>
    public string? FactText(string model, string fact) => Value(model, fact).TryGetValue("text", out var text) ? text?.ToString() : null;

    public IReadOnlyList<string> FactSources(string model, string fact) =>
        Value(model, fact).TryGetValue("sources", out var keys) ? ((List<object>)keys!).Select(k => k.ToString()!).ToArray() : [];

    public bool IsUnknown(string model, string fact) =>
        Value(model, fact).TryGetValue("unknown", out var flag) && string.Equals(flag?.ToString(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The pages the catalog makes: /pumps and one per model.</summary>
    public IReadOnlyList<string> PagePaths => [.. ModelKeys.Select(k => "/pumps/" + k).Prepend("/pumps")];

    private Dictionary<object, object?> Model(string key) => Entries("models").Single(m => Text(m, "key") == key);

    private Dictionary<object, object?> Value(string model, string fact) =>
        (Dictionary<object, object?>)((Dictionary<object, object?>)Model(model)["facts"]!)[fact]!;

    private IEnumerable<Dictionary<object, object?>> Entries(string list) =>
        ((List<object>)root[list]!).Cast<Dictionary<object, object?>>();

    private static string Text(Dictionary<object, object?> map, string key) => map[key]?.ToString() ?? "";
}
