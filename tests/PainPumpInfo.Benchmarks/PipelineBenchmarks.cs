using System.Net;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PainPumpInfo.Benchmarks;

/// <summary>
/// One article through the whole ASP.NET Core pipeline, in memory (no sockets): security headers, method
/// check, routing, validators, output cache and compression, as configured in Production, over the generated
/// 1,000-article site. The page is already cached, as it is for every reader but the first after a change.
/// </summary>
[Config(typeof(BenchmarkSettings))]
public class PipelineBenchmarks
{
    private GeneratedSite site = null!;
    private WebApplicationFactory<Program> factory = null!;
    private HttpClient client = null!;
    private string url = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        site = GeneratedSite.Create(GeneratedSite.StandardArticleCount);
        url = "/" + site.TypicalRoute;
        factory = new WebApplicationFactory<Program>();
        var configured = factory.WithWebHostBuilder(builder => builder
            // WebApplicationFactory looks for its manifest in the working directory, which `dotnet run` leaves at the repository root.
            .UseContentRoot(Repository.WebProject)
            .UseEnvironment("Production")
            .UseSetting("Site:ContentPath", site.Path)
            .UseSetting("Site:BaseUrl", "http://127.0.0.1"));
        client = configured.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // Fill the cache for both encodings, and make sure what is measured is a cached 200.
        await GetArticle();
        await GetArticleAsBrotli();
        using var response = await client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK || response.Headers.Age is null)
            throw new InvalidOperationException($"{url} should answer 200 from the output cache, got {(int)response.StatusCode}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        client.Dispose();
        factory.Dispose();
        site.Dispose();
    }

    /// <summary>As wrk and the load script ask: no Accept-Encoding, so the cached page is sent as it is.</summary>
    [Benchmark]
    public Task<byte[]> GetArticle() => client.GetByteArrayAsync(url);

    /// <summary>As a browser asks: the cached Brotli copy.</summary>
    [Benchmark]
    public async Task<byte[]> GetArticleAsBrotli()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsByteArrayAsync();
    }
}
