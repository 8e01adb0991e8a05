namespace PainPumpInfo.Web.Commands;

/// <summary>
/// An nginx include for the server block (deploy/nginx.conf includes it from the export's root): one exact
/// <c>location</c> per old address, with and without a trailing slash, as the live site accepts both.
/// </summary>
public static class NginxRedirectsFile
{
    public const string FileName = "redirects.nginx.conf";

    public static string Write(IEnumerable<AliasRedirect> redirects) =>
        "# Old addresses (aliases:) of the exported content; written by `export`, do not edit.\n"
        + string.Concat(redirects.SelectMany(r => new[] { r.From, r.From + "/" }.Select(from =>
            // $is_args$args keeps the query string, as the live site's redirect does; return alone would drop it.
            $"location = {from} {{ return 301 {r.To}$is_args$args; }}\n")));
}
