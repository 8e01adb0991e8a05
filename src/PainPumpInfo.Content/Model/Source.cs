namespace PainPumpInfo.Content.Model;

/// <summary>A public source an article's facts come from.</summary>
public sealed record Source(string Title, string Url);
