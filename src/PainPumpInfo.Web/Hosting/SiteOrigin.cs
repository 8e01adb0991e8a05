using Microsoft.Extensions.Options;

namespace PainPumpInfo.Web.Hosting;

/// <summary>
/// The absolute origin that canonical links, the sitemap, Open Graph and structured data are built on.
/// With <c>Site:BaseUrl</c> set, a forged Host header can never change a canonical address; without it the
/// request's own scheme and host are used, which is right for local runs and previews.
/// </summary>
public sealed class SiteOrigin
{
    private readonly string? configured;

    public SiteOrigin(IOptions<SiteOptions> options)
    {
        var baseUrl = options.Value.BaseUrl.Trim();
        if (baseUrl.Length == 0) return;
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new InvalidOperationException(
                $"Site:BaseUrl '{baseUrl}' is not an absolute http(s) address such as https://pumps.example.org");
        }
        configured = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>The origin without a trailing slash, e.g. <c>https://pumps.example.org</c>.</summary>
    public string For(HttpRequest request) =>
        configured ?? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";

    /// <summary>An absolute address for a site path that starts with '/'.</summary>
    public string Url(HttpRequest request, string path) => For(request) + path;
}
