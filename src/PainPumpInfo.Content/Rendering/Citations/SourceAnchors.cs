namespace PainPumpInfo.Content.Rendering.Citations;

/// <summary>The ids that join citations in the text and entries of the source list, both ways.</summary>
public static class SourceAnchors
{
    public static string SourceId(string key) => "source-" + key;

    public static string CitationId(string key, int occurrence) => $"cite-{key}-{occurrence}";
}
