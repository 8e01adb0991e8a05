namespace PainPumpInfo.Content.Model;

/// <summary>A public source an article's facts come from; the text cites it as <c>[@Key]</c>.</summary>
public sealed record Source(string Key, string Title, string Url);
