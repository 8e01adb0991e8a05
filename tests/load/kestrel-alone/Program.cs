// Kestrel with nothing in front: every request gets the same page and headers, written from one byte array.
// What the app does per request beyond this (output cache, validators, security headers) is the gap between
// the two in tests/load/run.sh; what this does not reach of nginx's throughput, no middleware can.
//
//   KestrelAlone <url> <page.html> <headers.txt>    (headers.txt: the app's response headers, as `curl -D` writes them)
using PainPumpInfo.Web.Hosting;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: KestrelAlone <url> <page.html> <headers.txt>");
    return 2;
}
var page = File.ReadAllBytes(args[1]);
// Status line, framing and the per-response Date are Kestrel's own; every other header is sent as the app sent it.
string[] kestrelsOwn = ["Date", "Content-Length", "Transfer-Encoding", "Server"];
var headers = File.ReadAllLines(args[2])
    .Skip(1)
    .Select(line => line.Split(':', 2))
    .Where(parts => parts.Length == 2 && !kestrelsOwn.Contains(parts[0].Trim(), StringComparer.OrdinalIgnoreCase))
    .Select(parts => (Name: parts[0].Trim(), Value: parts[1].Trim()))
    .ToArray();

var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
// The app's own transport setting: each request on the thread that read it.
builder.WebHost.UseInlineSocketIo();
builder.WebHost.UseUrls(args[0]);
var app = builder.Build();
app.Run(context =>
{
    foreach (var (name, value) in headers) context.Response.Headers.Append(name, value);
    context.Response.ContentLength = page.Length;
    return context.Response.Body.WriteAsync(page).AsTask();
});
app.Run();
return 0;
