namespace PainPumpInfo.Content.Loading;

/// <summary>Where a load got each article file's <see cref="ParsedFile"/> from: how much work the parse cache saved.</summary>
/// <param name="Parsed">Files parsed and rendered.</param>
/// <param name="FromCache">Files read from the parse cache instead.</param>
/// <param name="Reused">Unchanged files taken over from the previous snapshot.</param>
public sealed record ParseCounts(int Parsed, int FromCache, int Reused)
{
    public static ParseCounts None { get; } = new(0, 0, 0);

    /// <summary>For `check` and the log, e.g. "12 parsed, 988 read from the cache".</summary>
    public override string ToString() =>
        Reused == 0 ? $"{Parsed} parsed, {FromCache} read from the cache" : $"{Parsed} parsed, {FromCache} read from the cache, {Reused} unchanged";
}
