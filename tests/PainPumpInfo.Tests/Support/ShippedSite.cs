using Microsoft.Extensions.DependencyInjection;

namespace PainPumpInfo.Tests.Support;

/// <summary>One app over a copy of the shipped content, shared by the tests of a class.</summary>
public class ShippedSite : IDisposable
{
    public ShippedSite() : this(new Dictionary<string, string?>()) { }

    protected ShippedSite(IDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        Content = TempContent.CopyOfShipped();
        Factory = new SiteFactory(Content.Path, settings: settings, services: services);
        Client = Factory.Browser();
    }

    public TempContent Content { get; }
    public SiteFactory Factory { get; }
    public HttpClient Client { get; }

    /// <summary>A browser with a client address of its own (see <see cref="ClientAddresses"/>).</summary>
    public HttpClient Visitor() => Factory.Visitor();

    public Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Document)> Get(string url) => Get(Client, url);

    public static async Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Document)> Get(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return (response, Html.Parse(html));
    }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        Content.Dispose();
    }
}
