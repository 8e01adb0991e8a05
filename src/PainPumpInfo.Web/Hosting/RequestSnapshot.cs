using PainPumpInfo.Content;

namespace PainPumpInfo.Web.Hosting;

/// <summary>
/// The one content snapshot a request reads from start to end. Pinned when the request arrives, so a swap in the
/// middle of a request can never mix the body of one snapshot with the footer of another, or cache a page under
/// a version it was not rendered from. The validators, the output cache's key, the page models, the layout and
/// the crawler files all read it from here.
/// </summary>
public sealed class RequestSnapshot(ContentSnapshot snapshot)
{
    public ContentSnapshot Snapshot { get; } = snapshot;

    /// <summary>Pins the current snapshot on each request, once the first one has loaded.</summary>
    public static WebApplication UseOnePerRequest(WebApplication app)
    {
        var store = app.Services.GetRequiredService<ContentStore>();
        app.Use((context, next) => store.Loaded.IsCompleted ? Pin(store, context, next) : AfterFirstLoad(store, context, next));
        return app;
    }

    private static async Task AfterFirstLoad(ContentStore store, HttpContext context, RequestDelegate next)
    {
        await store.Loaded;
        await Pin(store, context, next);
    }

    private static Task Pin(ContentStore store, HttpContext context, RequestDelegate next)
    {
        context.Features.Set(new RequestSnapshot(store.Current));
        return next(context);
    }
}

public static class RequestSnapshotExtensions
{
    /// <summary>The snapshot pinned for this request (see <see cref="RequestSnapshot"/>).</summary>
    public static ContentSnapshot Snapshot(this HttpContext context) =>
        (context.Features.Get<RequestSnapshot>() ?? throw new InvalidOperationException(
            "No content snapshot was pinned for this request: RequestSnapshot.UseOnePerRequest must run first.")).Snapshot;
}
