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

    public SiteOrigin(IOptions<SiteOptions> options) => configured = Parse(options.Value.BaseUrl, "Site:BaseUrl");

    /// <summary>An absolute http(s) origin without a trailing slash, or null when <paramref name="value"/> is empty.</summary>
    /// <exception cref="InvalidOperationException">When it is set but not such an address, so the start fails.</exception>
    public static string? Parse(string value, string setting)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0) return null;
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            throw new InvalidOperationException(
                $"{setting} '{trimmed}' is not an absolute http(s) address such as https://pumps.example.org");
        }
        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>The origin without a trailing slash, e.g. <c>https://pumps.example.org</c>.</summary>
    public string For(HttpRequest request) =>
        configured ?? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";

    /// <summary>An absolute address for a site path that starts with '/'.</summary>
    public string Url(HttpRequest request, string path) => For(request) + path;
}
