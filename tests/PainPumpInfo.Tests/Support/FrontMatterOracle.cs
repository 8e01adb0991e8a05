using YamlDotNet.Serialization;

namespace PainPumpInfo.Tests.Support;

/// <summary>Reads an article's front matter straight with YamlDotNet, independent of the site's own loader.</summary>
public static class FrontMatterOracle
{
    public static IDictionary<string, object?> Read(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Content, relativePath)).Replace("\r\n", "\n");
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        return new DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(text[4..end]);
    }

    public static string Field(string relativePath, string key) => Read(relativePath)[key]?.ToString() ?? "";

    public static IDictionary<string, object?> Site() =>
        new DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(File.ReadAllText(Path.Combine(RepoPaths.Content, "site.yml")));
}
