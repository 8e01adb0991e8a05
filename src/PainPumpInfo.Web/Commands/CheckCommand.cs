using PainPumpInfo.Content;
using PainPumpInfo.Web.Hosting;

namespace PainPumpInfo.Web.Commands;

/// <summary>
/// <c>check [--content DIR] [--cache DIR|off] [--reviews]</c>: lists every content problem as path:line:column, and with
/// --reviews every page's clinical review state; exit 1 on any error. Uses the site's parse cache (see <see cref="CacheFolder"/>).
/// </summary>
public static class CheckCommand
{
    /// <summary>Starts the line, just before the summary, that says how many article files were parsed and how many read from the cache.</summary>
    public const string ParseCountsLabel = "Article files: ";

    public static int Run(string[] args, TextWriter output)
    {
        var content = CommandLine.OptionValue(args, "--content");
        var options = new ContentOptions(ContentFolder.Resolve(content))
        {
            IncludeDrafts = true,
            CacheDirectory = CacheFolder.Resolve(CommandLine.OptionValue(args, "--cache")),
        };
        var snapshot = new ContentLoader(options).Load();

        foreach (var diagnostic in snapshot.Diagnostics)
            output.WriteLine(diagnostic);
        if (args.Contains("--reviews"))
            ReviewTable.Write(snapshot.Reviews, output);

        var errors = snapshot.Diagnostics.Count(d => d.IsError);
        var warnings = snapshot.Diagnostics.Count - errors;
        // A line of its own: scripts read the summary line below as it is.
        output.WriteLine(ParseCountsLabel + snapshot.Parses);
        output.WriteLine($"{snapshot.Files.Count} articles checked in {options.ContentPath}: {errors} error(s), {warnings} warning(s)");
        return errors > 0 ? 1 : 0;
    }
}
