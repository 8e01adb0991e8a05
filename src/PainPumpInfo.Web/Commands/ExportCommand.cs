using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PainPumpInfo.Web.Hosting;

namespace PainPumpInfo.Web.Commands;

/// <summary>
/// <c>export OUTDIR [--content DIR] [--base-url URL] [--search-origin URL]</c>: starts the real site on a free
/// loopback port, in Production (no drafts), and saves what it serves, so the static copy is rendered by the
/// same pages and templates as the live site.
/// </summary>
public static class ExportCommand
{
    public static async Task<int> Run(string[] args, TextWriter output)
    {
        if (args.Length == 0 || args[0].StartsWith("--"))
        {
            output.WriteLine("usage: export OUTDIR [--content DIR] [--base-url https://your.site] [--search-origin https://live.site]");
            return 2;
        }
        var outputFolder = Path.GetFullPath(args[0]);
        var hostArgs = new List<string> { "--urls", "http://127.0.0.1:0", "--environment", "Production", "--Logging:LogLevel:Default", "Warning", "--Site:StaticCopy", "true" };
        if (CommandLine.OptionValue(args, "--content") is { } content) hostArgs.AddRange(["--Site:ContentPath", content]);
        if (CommandLine.OptionValue(args, "--base-url") is { } baseUrl) hostArgs.AddRange(["--Site:BaseUrl", baseUrl]);
        // A static copy cannot search: its search box may send queries to a live server instead.
        var searchOrigin = CommandLine.OptionValue(args, "--search-origin");
        if (searchOrigin is not null) hostArgs.AddRange(["--Site:SearchOrigin", searchOrigin]);

        var app = SiteApp.Build([.. hostArgs]);
        if (string.IsNullOrWhiteSpace(app.Configuration["Site:BaseUrl"]))
        {
            output.WriteLine("export needs the site's public address for canonical links and the sitemap: add --base-url https://your.site");
            return 2;
        }
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            var store = app.Services.GetRequiredService<ContentStore>();
            await store.Loaded;
            var redirects = AliasRedirects.From(store.Current, out var unwritable);
            foreach (var alias in unwritable)
                output.WriteLine($"warning: old address {alias} has characters a redirect file cannot hold; redirect it on your server by hand");
            if (searchOrigin is not null)
                output.WriteLine($"note: add {app.Services.GetRequiredService<SearchForm>().Action} to form-action in your server's Content-Security-Policy (deploy/painpumpinfo-headers.conf), or browsers will not send searches there");
            return await new StaticExport(client, outputFolder, output, redirects, withSearchPage: searchOrigin is null).Run();
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
