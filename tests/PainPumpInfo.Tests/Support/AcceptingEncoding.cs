namespace PainPumpInfo.Tests.Support;

public static class AcceptingEncoding
{
    /// <summary>A GET as a browser sends it that accepts the encoding ("gzip", "br" or "identity").</summary>
    public static async Task<HttpResponseMessage> GetAccepting(this HttpClient client, string url, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        return await client.SendAsync(request);
    }
}
