namespace PainPumpInfo.Web.Hosting;

/// <summary>
/// The site only shows pages, so GET and HEAD are the only methods it answers; anything else gets 405 with an
/// Allow header. The one exception is the pump card form (<see cref="Tools.ToolRoutes.PumpCard"/>), which takes a
/// POST so that what a patient types never appears in a web address. It runs first in the pipeline, so the 404 page is never re-executed over a 405 (and Razor
/// Pages never turns a POST into a 400 for a missing antiforgery token). HEAD runs exactly what GET runs,
/// with the body thrown away, so the status and headers are the same as GET's.
/// </summary>
public sealed class ReadOnlyMethods(RequestDelegate next)
{
    public const string Allowed = "GET, HEAD";

    /// <summary>What the pump card answers: its form (GET) and the filled card (POST).</summary>
    public const string AllowedWithPost = "GET, HEAD, POST";

    public async Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        var takesPost = context.Request.Path == Tools.ToolRoutes.PumpCard;
        if (HttpMethods.IsGet(method) || (takesPost && HttpMethods.IsPost(method)))
        {
            await next(context);
        }
        else if (HttpMethods.IsHead(method))
        {
            // Kestrel drops a HEAD body by itself; test and other servers may not, so drop it here too.
            var body = context.Response.Body;
            context.Response.Body = Stream.Null;
            try { await next(context); }
            finally { context.Response.Body = body; }
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = takesPost ? AllowedWithPost : Allowed;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"Method not allowed: this address answers only {context.Response.Headers.Allow}.\n");
        }
    }
}
