using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Hardening;

/// <summary>Requests crafted to reach files or break the server get a 4xx, never a 5xx and never a file's contents.</summary>
public sealed class HostileRequestTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    public static TheoryData<string> HostilePaths() => new(
        "/../appsettings.json",
        "/%2e%2e/%2e%2e/appsettings.json",
        "/%2e%2e%2fappsettings.json",
        "/%252e%252e%252fappsettings.json",
        "/..%5c..%5cappsettings.json",
        "/..\\..\\appsettings.json",
        "/appsettings.json",
        "/appsettings.Development.json",
        "/web.config",
        "/.git/config",
        "/.git/HEAD",
        "/living-with-a-pump/refills.md",
        "/site.yml",
        "/glossary.yml",
        "/README.md",
        "/PainPumpInfo.Web.dll",
        "/" + new string('a', 10_000),
        "/?q=" + new string('x', 20_000),
        "/images/../site.yml",
        "/images/%2e%2e/site.yml");

    [Theory]
    [MemberData(nameof(HostilePaths))]
    public async Task A_hostile_path_gets_a_4xx_or_the_home_page_and_never_a_file(string path)
    {
        var response = await site.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;

        Assert.True(status < 500, $"{path} answered {status}");
        Assert.True(status >= 400 || (status == 200 && Html.Parse(body).QuerySelector("main") is not null) || status == 301,
            $"{path} answered {status}");
        foreach (var secret in new[] { "\"Logging\"", "repositoryformatversion", "disclaimer_short:", "title: Refilling", "<configuration" })
            Assert.DoesNotContain(secret, body);
    }

    [Theory]
    [InlineData("GET /%00 HTTP/1.1")]
    [InlineData("GET /living-with-a-pump/refills%00.md HTTP/1.1")]
    [InlineData("GET /../../etc/passwd HTTP/1.1")]
    [InlineData("GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1")]
    public async Task Kestrel_refuses_null_bytes_and_raw_traversal_with_a_4xx(string requestLine)
    {
        using var server = new LiveServer();
        var status = await server.RawStatus(requestLine);
        Assert.InRange(status, 400, 499);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Unsupported_methods_are_refused_with_a_4xx(string method)
    {
        var response = await site.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/living-with-a-pump/refills"));

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }
}
