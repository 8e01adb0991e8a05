namespace PainPumpInfo.Tests.Support;

/// <summary>The addresses of the sources the shipped data files list (pumps.yml, emergency-signs.yml), read from the files themselves.</summary>
public static class DataFileSources
{
    public static IReadOnlySet<string> Urls() =>
        PumpsOracle.Shipped().Sources.Select(s => s.Url)
            .Concat(File.ReadLines(Path.Combine(RepoPaths.Content, "emergency-signs.yml"))
                .Select(line => line.Trim())
                .Where(line => line.StartsWith("url: "))
                .Select(line => new Uri(line["url: ".Length..].Trim()).AbsoluteUri))
            .ToHashSet();
}
