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

    /// <summary>The time, for closing the search readers of replaced snapshots; tests may move it on.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Today's date, for "review overdue"; a function so tests can fix it.</summary>
    public Func<DateOnly> Today { get; init; } = () => DateOnly.FromDateTime(DateTime.UtcNow);
}
