using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Loading;

/// <summary>
/// What became of one article file: its article when it parsed, and the problems found in it alone.
/// Kept in the snapshot so an unchanged file is not parsed again, and a broken one can keep its last good version.
/// </summary>
/// <param name="IsStale">True when the file no longer parses and <see cref="Article"/> is its last good version.</param>
public sealed record ParsedFile(string Path, string Hash, Article? Article, IReadOnlyList<Diagnostic> Diagnostics, bool IsStale = false);
