using PainPumpInfo.Web.Commands;

namespace PainPumpInfo.Tests.Support;

/// <summary>Runs `check` the way staff run it and returns its exit code and its problem lines and summary.</summary>
public static class Checking
{
    /// <returns>The lines without the one counting parsed and cached files, which says nothing about the content.</returns>
    public static (int Exit, string[] Lines) Run(string contentPath, params string[] options)
    {
        var output = new StringWriter();
        var exit = CheckCommand.Run(["--content", contentPath, .. options], output);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith(CheckCommand.ParseCountsLabel)).ToArray());
    }
}
