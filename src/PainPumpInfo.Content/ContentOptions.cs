namespace PainPumpInfo.Content;

/// <summary>How content is loaded: where from, how big a file may be, whether drafts are served.</summary>
public sealed record ContentOptions(string ContentPath)
{
    /// <summary>Far above any real article (~10 KB); Markdig is quadratic on some broken input, so larger files are refused.</summary>
    public const int DefaultMaxFileBytes = 100 * 1024;

    public int MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    public bool IncludeDrafts { get; init; }

    /// <summary>
    /// Where parsed articles are kept between runs (see <see cref="Loading.ParseCache"/>); null for no cache, so
    /// nothing is written unless the host asks for it.
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>The time: when replaced snapshots' search readers close, and today's date unless <see cref="Today"/> is set.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Today's date, for "review overdue": the <see cref="Clock"/>'s (UTC) unless a command or test fixes it.</summary>
    public Func<DateOnly> Today
    {
        get => today ?? (() => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime));
        init => today = value;
    }

    private readonly Func<DateOnly>? today;
}
