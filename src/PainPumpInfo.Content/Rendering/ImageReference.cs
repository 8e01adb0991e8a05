namespace PainPumpInfo.Content.Rendering;

/// <summary>An image an article shows, by its path in the content folder, kept to check the file and its alt text.</summary>
public sealed record ImageReference(string ContentPath, string AltText, int Line, int Column);
