namespace PainPumpInfo.Content.Model;

/// <summary>A heading inside an article body, with the id its anchor links use and its line in the file.</summary>
public sealed record Heading(int Level, string Text, string Id, int Line);
