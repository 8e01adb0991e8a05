using PainPumpInfo.Content;

namespace PainPumpInfo.Web.Hosting;

/// <summary>
/// The one content snapshot a request reads from start to end. Pinned when the request arrives, so a swap in the
/// middle of a request can never mix the body of one snapshot with the footer of another, or cache a page under
/// a version it was not rendered from. The validators, the output cache's key, the page models, the layout and
/// the crawler files all read it from here. One instance per snapshot, shared by its requests.
/// </summary>
public sealed class RequestSnapshot(ContentSnapshot snapshot)
{
    public ContentSnapshot Snapshot { get; } = snapshot;

    /// <summary>When the snapshot was built, as an HTTP date (Last-Modified), written once rather than per request.</summary>
    public string LastModified { get; } = snapshot.BuiltAt.ToString("R");

    /// <summary>Pins the current snapshot on each request, once the first one has loaded.</summary>
    public static WebApplication UseOnePerRequest(WebApplication app)
    {
        var pins = new Pins(app.Services.GetRequiredService<ContentStore>());
        app.Use(pins.Pin);
        return app;
    }

    private sealed class Pins(ContentStore store)
    {
        private RequestSnapshot? latest;

        public Task Pin(HttpContext context, RequestDelegate next)
        {
            if (!store.Loaded.IsCompleted)
                return AfterFirstLoad(context, next);
            context.Features.Set(For(store.Current));
            return next(context);
        }

        private async Task AfterFirstLoad(HttpContext context, RequestDelegate next)
        {
            await store.Loaded;
            await Pin(context, next);
        }

        /// <summary>Two requests racing past a swap may each make one; both are right, and the next request keeps one.</summary>
        private RequestSnapshot For(ContentSnapshot snapshot)
        {
            var pinned = Volatile.Read(ref latest);
            if (ReferenceEquals(pinned?.Snapshot, snapshot))
                return pinned;
            pinned = new RequestSnapshot(snapshot);
            Volatile.Write(ref latest, pinned);
            return pinned;
        }
    }
}

public static class RequestSnapshotExtensions
{
    /// <summary>The snapshot pinned for this request (see <see cref="RequestSnapshot"/>).</summary>
    public static ContentSnapshot Snapshot(this HttpContext context) => context.Pinned().Snapshot;

    /// <summary>The pinned snapshot with its HTTP forms (see <see cref="RequestSnapshot"/>).</summary>
    public static RequestSnapshot Pinned(this HttpContext context) =>
        context.Features.Get<RequestSnapshot>() ?? throw new InvalidOperationException(
            "No content snapshot was pinned for this request: RequestSnapshot.UseOnePerRequest must run first.");
}
