namespace PainPumpInfo.Tests.Support;

/// <summary>One app over a copy of the shipped content, shared by the tests of a class.</summary>
public sealed class ShippedSite : IDisposable
{
    public ShippedSite()
    {
        Content = TempContent.CopyOfShipped();
        Factory = new SiteFactory(Content.Path);
        Client = Factory.Browser();
    }

    public TempContent Content { get; }
    public SiteFactory Factory { get; }
    public HttpClient Client { get; }

    public async Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Document)> Get(string url)
    {
        var response = await Client.GetAsync(url);
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
