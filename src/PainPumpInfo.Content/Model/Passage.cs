namespace PainPumpInfo.Content.Model;

/// <summary>
/// A stretch of an article's text under one heading (or before the first heading, where <see cref="Heading"/> is
/// null): search indexes these, so a result can link to the heading where the words were found.
/// </summary>
public sealed record Passage(Heading? Heading, string Text);
