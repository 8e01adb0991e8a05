namespace PainPumpInfo.Content.Model;

/// <summary>A question-and-answer pair found in an article (a `###` heading ending in "?" and the text under it).</summary>
public sealed record Question(string Text, string Answer);
