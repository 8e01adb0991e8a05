using YamlDotNet.Serialization;

namespace PainPumpInfo.Tests.Support;

/// <summary>Reads the shipped content/emergency-signs.yml straight with YamlDotNet, independent of the site's own parser.</summary>
public static class EmergencySignsOracle
{
    public sealed record SignList(string Key, string Title, string Callout, IReadOnlyList<string> Signs, string Action);

    public sealed record Medicine(string Key, string Name, IReadOnlyList<SignList> Lists, IReadOnlyList<string> Notes);

    private static Dictionary<object, object?> File() =>
        new DeserializerBuilder().Build().Deserialize<Dictionary<object, object?>>(
            System.IO.File.ReadAllText(Path.Combine(RepoPaths.Content, "emergency-signs.yml")));

    private static IEnumerable<Dictionary<object, object?>> Maps(object? list) =>
        (list as List<object?> ?? []).OfType<Dictionary<object, object?>>();

    private static string Text(Dictionary<object, object?> map, string key) => map.TryGetValue(key, out var value) ? value?.ToString() ?? "" : "";

    public static IReadOnlyList<Medicine> Medicines() =>
        Maps(File()["medicines"]).Select(m => new Medicine(
            Text(m, "key"),
            Text(m, "name"),
            Maps(m.GetValueOrDefault("lists")).Select(l => new SignList(Text(l, "key"), Text(l, "title"), Text(l, "callout"),
                Maps(l["signs"]).Select(s => Text(s, "text")).ToArray(), Text(l, "action"))).ToArray(),
            Maps(m.GetValueOrDefault("notes")).Select(n => Text(n, "text")).ToArray())).ToArray();

    public static SignList List(string key) => Medicines().SelectMany(m => m.Lists).Single(l => l.Key == key);

    /// <summary>Source key → web address.</summary>
    public static IReadOnlyDictionary<string, string> Sources() =>
        Maps(File()["sources"]).ToDictionary(s => Text(s, "key"), s => Text(s, "url"));

    public static IReadOnlyList<string> Naloxone(string part) =>
        Maps((File()["naloxone"] as Dictionary<object, object?>)?.GetValueOrDefault(part)).Select(n => Text(n, "text")).ToArray();

    public static IReadOnlyList<(string Name, string Phone)> Contacts() =>
        Maps(File().GetValueOrDefault("contacts")).Select(c => (Text(c, "name"), Text(c, "phone"))).ToArray();

    /// <summary>The phone lines for one maker's pumps: those naming that maker, and those naming none.</summary>
    public static IReadOnlyList<string> ContactNamesFor(string maker) =>
        Maps(File().GetValueOrDefault("contacts"))
            .Where(c => c.GetValueOrDefault("makers") is not List<object> makers || makers.Count == 0
                || makers.Any(m => string.Equals(m.ToString(), maker, StringComparison.OrdinalIgnoreCase)))
            .Select(c => Text(c, "name")).ToArray();
}
