using PainPumpInfo.Content;
using PainPumpInfo.Web.Hosting;

namespace PainPumpInfo.Web.Commands;

/// <summary>
/// <c>check [--content DIR] [--reviews]</c>: lists every content problem as path:line:column, and with --reviews every
/// page's clinical review state; exit 1 on any error.
/// </summary>
public static class CheckCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        var content = CommandLine.OptionValue(args, "--content");
        var options = new ContentOptions(ContentFolder.Resolve(content)) { IncludeDrafts = true };
        var snapshot = new ContentLoader(options).Load();

        foreach (var diagnostic in snapshot.Diagnostics)
            output.WriteLine(diagnostic);
        if (args.Contains("--reviews"))
            ReviewTable.Write(snapshot.Reviews, output);

        var errors = snapshot.Diagnostics.Count(d => d.IsError);
        var warnings = snapshot.Diagnostics.Count - errors;
        output.WriteLine($"{snapshot.Files.Count} articles checked in {options.ContentPath}: {errors} error(s), {warnings} warning(s)");
        return errors > 0 ? 1 : 0;
    }
}
