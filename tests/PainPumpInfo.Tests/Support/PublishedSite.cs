namespace PainPumpInfo.Tests.Support;

/// <summary>The shipped content as it runs in production behind its public address (Site:BaseUrl set).</summary>
public sealed class PublishedSite() : ShippedSite(new Dictionary<string, string?>
{
    ["Site:BaseUrl"] = BaseUrl + "/",
    ["Site:ShowContentStatus"] = "true",
})
{
    /// <summary>Configured with a trailing slash above, to show the site does not double it.</summary>
    public const string BaseUrl = "https://pumps.example.org";
}
