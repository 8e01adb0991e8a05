namespace PainPumpInfo.Content.Loading;

/// <summary>One <c>name: value</c> field of a <see cref="YamlRecord"/>, with where its value stands in the file.</summary>
public sealed record YamlField(string Name, string Value, int Line, int Column);
