using System.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using PainPumpInfo.Content;
using PainPumpInfo.Content.Loading;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Web.Hosting;

/// <summary>
/// While the content is still loading at start-up, sends one request through the site's own pipeline, in process,
/// with an empty snapshot pinned: the article route answers 404 and the not-found page is rendered in the layout.
/// MVC builds its routes and Razor its page and view activators then, alongside the loading, instead of
/// for the first reader after the content is ready (0.1–0.3 s of start-up; README, "Performance"). The empty
/// snapshot is pinned on that request alone, no reader ever sees it, and a 404 is never cached.
/// </summary>
public static class RenderingWarmUp
{
    /// <summary>The address asked for: the catch-all article route takes it, so the article page's handler runs too.</summary>
    public const string Path = "/start-up-warm-up";

    /// <summary>Starts the warm-up as soon as the pipeline after this point is built. Call right after the snapshot is pinned.</summary>
    public static void UseRenderingWarmUp(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RenderingWarmUp));
        app.Use(pipeline =>
        {
            // A thread of its own: the thread pool's are busy reading the content at this moment, and a work item
            // queued behind them started only once the content was read.
            Task.Factory.StartNew(() => RenderOnce(app.Services, pipeline, logger, app.Lifetime.ApplicationStopping).GetAwaiter().GetResult(),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            return pipeline;
        });
    }

    private static async Task RenderOnce(IServiceProvider services, RequestDelegate pipeline, ILogger logger, CancellationToken stopping)
    {
        var contexts = services.GetRequiredService<IHttpContextFactory>();
        var context = contexts.Create(RequestFeatures());
        var time = Stopwatch.StartNew();
        try
        {
            context.Features.Set(new RequestSnapshot(EmptySnapshot()));
            await pipeline(context);
            if (context.Response.StatusCode == StatusCodes.Status404NotFound)
                logger.LogDebug("Start-up warm-up: the not-found page rendered in {Milliseconds} ms", time.ElapsedMilliseconds);
            else
                logger.LogWarning("Start-up warm-up: expected the not-found page, got status {Status}; the first page will be slower", context.Response.StatusCode);
        }
        catch (Exception ex)
        {
            // Only speed is at stake: readers' requests run the same pipeline with the real snapshot. A host stopped
            // mid-way, as tests do, is no failure.
            if (!stopping.IsCancellationRequested)
                logger.LogWarning(ex, "Start-up warm-up failed; the first page will be slower");
        }
        finally
        {
            contexts.Dispose(context);
        }
    }

    private static FeatureCollection RequestFeatures()
    {
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(new HttpRequestFeature
        {
            Method = HttpMethods.Get,
            Scheme = "http",
            Protocol = "HTTP/1.1",
            Path = Path,
        });
        features.Set<IHttpResponseFeature>(new HttpResponseFeature());
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null));
        return features;
    }

    private static ContentSnapshot EmptySnapshot() =>
        new(SiteSettings.Fallback, [], [], [], new Dictionary<string, ParsedFile>(), "start-up warm-up");
}
