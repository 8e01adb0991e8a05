namespace PainPumpInfo.Content.Rendering.Citations;

/// <summary>One key inside a citation (<c>[@a; @b]</c> holds two), numbered once the article's source list is known.</summary>
public sealed class Citation(string key)
{
    public string Key { get; } = key;

    /// <summary>The source's position in the article's numbered source list; null when no listed source has this key.</summary>
    public int? Number { get; set; }

    /// <summary>How many times this source has been cited up to here (1 for the first): makes each citation's id unique.</summary>
    public int Occurrence { get; set; }
}
