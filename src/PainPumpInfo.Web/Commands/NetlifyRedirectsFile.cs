namespace PainPumpInfo.Web.Commands;

/// <summary>
/// The <c>_redirects</c> file Netlify and Cloudflare Pages read from the site's root: <c>/old /new 301</c> per line.
/// Both hosts pass the query string on, as the live site does.
/// </summary>
public static class NetlifyRedirectsFile
{
    public const string FileName = "_redirects";

    public static string Write(IEnumerable<AliasRedirect> redirects) =>
        string.Concat(redirects.Select(r => $"{r.From} {r.To} 301\n"));
}
