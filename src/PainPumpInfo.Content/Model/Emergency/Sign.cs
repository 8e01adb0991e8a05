namespace PainPumpInfo.Content.Model.Emergency;

/// <summary>One warning sign in plain words, with the keys of the sources that name it.</summary>
public sealed record Sign(string Text, SignStage Stage, IReadOnlyList<string> SourceKeys);
