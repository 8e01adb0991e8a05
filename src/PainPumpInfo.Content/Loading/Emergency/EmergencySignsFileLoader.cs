using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Emergency;

namespace PainPumpInfo.Content.Loading.Emergency;

/// <summary>Reads content/emergency-signs.yml for a new snapshot; a version that does not parse keeps the last good signs live.</summary>
public static class EmergencySignsFileLoader
{
    /// <param name="text">The file's text; null when it is missing (<paramref name="exists"/> false) or could not be read.</param>
    /// <param name="previous">The previous snapshot's file, whose signs are the last good ones.</param>
    public static EmergencySignsFile Load(bool exists, string? text, EmergencySignsFile? previous)
    {
        if (!exists) return EmergencySignsFile.None;
        var version = text is null ? "unreadable" : ContentHash.Of(text);
        if (previous is { IsStale: false } && previous.Signs.Version == version && !previous.Signs.IsEmpty) return previous;

        var parsed = text is null ? new EmergencySignsFile(EmergencySigns.Empty, []) : EmergencySignsParser.Parse(text, version);
        var broken = text is null || parsed.Diagnostics.Any(d => d.IsError);
        if (!broken || previous is null || previous.Signs.IsEmpty) return parsed;

        // A broken save never takes the warning boxes or the emergency sheet down: keep serving the last signs that parsed.
        var note = new Diagnostic(EmergencySigns.FileName, 1, 1, Severity.Warning, "the last good version of emergency-signs.yml is still being served",
            "fix the errors above and save; the warning boxes and the emergency sheet update by themselves");
        return new EmergencySignsFile(previous.Signs, [.. parsed.Diagnostics, note], IsStale: true);
    }
}
