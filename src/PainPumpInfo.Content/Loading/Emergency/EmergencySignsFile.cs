using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Emergency;

namespace PainPumpInfo.Content.Loading.Emergency;

/// <summary>
/// What became of content/emergency-signs.yml: the signs served and the file's own problems. Kept in the snapshot,
/// so a broken save can keep serving the last good signs.
/// </summary>
/// <param name="IsStale">The file no longer parses and <see cref="Signs"/> is its last good version.</param>
public sealed record EmergencySignsFile(EmergencySigns Signs, IReadOnlyList<Diagnostic> Diagnostics, bool IsStale = false)
{
    public static EmergencySignsFile None { get; } = new(EmergencySigns.Empty, []);
}
