using PainPumpInfo.Web.Commands;
using PainPumpInfo.Web.Hosting;

// One executable: `check`, `review` and `export` are commands; anything else runs the site.
if (args.Length > 0 && args[0] == "check")
    return CheckCommand.Run(args[1..], Console.Out);
if (args.Length > 0 && args[0] == "review")
    return ReviewCommand.Run(args[1..], Console.Out);
if (args.Length > 0 && args[0] == "export")
    return await ExportCommand.Run(args[1..], Console.Out);

SiteApp.Build(args).Run();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
