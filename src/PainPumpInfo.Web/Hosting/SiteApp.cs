using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.Extensions.Options;
using PainPumpInfo.Content;
using PainPumpInfo.Web.Crawlers;

namespace PainPumpInfo.Web.Hosting;

/// <summary>Builds the web application: services, then the request pipeline.</summary>
public static class SiteApp
{
    public static WebApplication Build(string[] args)
    {
        // Named explicitly: when `export` runs inside another process, the entry assembly is not this one.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(SiteApp).Assembly.GetName().Name });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.WebHost.UseInlineSocketIo();
        // Outside Development, `dotnet run` would otherwise miss the build's precompressed assets and answer
        // 404 to a browser asking for gzip; after `dotnet publish` there is no manifest and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        AddServices(builder.Services, builder.Configuration, builder.Environment);

        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    private static void AddServices(IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.Configure<SiteOptions>(configuration.GetSection(SiteOptions.SectionName));
        services.AddSingleton(provider =>
        {
            var site = provider.GetRequiredService<IOptions<SiteOptions>>().Value;
            return new ContentOptions(ContentFolder.Resolve(site.ContentPath))
            {
                MaxFileBytes = site.MaxContentFileBytes,
                IncludeDrafts = environment.IsDevelopment(),
                CacheDirectory = CacheFolder.Resolve(site.CacheDirectory),
            };
        });
        services.AddSingleton(provider => new ContentLoader(provider.GetRequiredService<ContentOptions>()));
        services.AddSingleton<ContentStore>();
        services.AddSingleton<SiteOrigin>();
        services.AddSingleton<SearchForm>();
        // The refill reminder's "today"; tests may set their own clock.
        services.AddSingleton(TimeProvider.System);
        // Write characters such as "—" and "é" as they are instead of as numeric entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages();
        services.AddHealthChecks().AddCheck<ContentHealthCheck>("content");
        services.AddPageCaching();
        services.AddSearchRateLimit();
        // A year, not the default 30 days; only sent over HTTPS, outside Development.
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        // Last, after everything that registers Data Protection.
        services.KeepDataProtectionKeysInMemory();
    }

    private static void UsePipeline(WebApplication app)
    {
        // Content starts loading now, while the server starts; the first requests wait until it is ready.
        RequestSnapshot.UseOnePerRequest(app);
        app.UseRenderingWarmUp();
        // A malformed Site:BaseUrl or Site:SearchOrigin stops the start, rather than every canonical link being wrong.
        app.Services.GetRequiredService<SiteOrigin>();
        app.Services.GetRequiredService<SearchForm>();

        app.UseSecurityHeaders();
        // Early, so that a cached page is answered without running the rest of the pipeline.
        app.UsePageCaching();
        // Before the error and 404 pages, so that neither is ever run for a method the site refuses.
        app.UseMiddleware<ReadOnlyMethods>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/not-found");
        // Before routing: the catch-all article route would otherwise claim image paths first.
        app.UseContentImages(app.Services.GetRequiredService<ContentOptions>().ContentPath);
        app.UseRouting();
        app.UseRateLimiter();
        // Razor Pages registers authentication and authorization, and WebApplication would otherwise put both in
        // front of every request, cached pages too. No page needs a sign-in: here they run only for pages rendered.
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapStaticAssets();
        app.MapHealthChecks("/healthz");
        app.MapCrawlerFiles();
        app.MapRazorPages().WithStaticAssets();
    }
}
