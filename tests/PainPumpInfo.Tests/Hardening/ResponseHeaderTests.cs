using System.Net;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Hardening;

/// <summary>Every response, page or asset, carries the security headers, no server banner and no cookie.</summary>
public sealed class ResponseHeaderTests(ShippedSite site) : IClassFixture<ShippedSite>
{
    public static TheoryData<string> Urls() => new("/", "/living-with-a-pump/refills", "/no-such-page", "/healthz", "/css/site.css", "/not-found");

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Every_response_carries_the_security_headers_and_no_server_banner(string url)
    {
        // Twice: the second answer to a page comes from the output cache.
        AssertSecureHeaders(await site.Client.GetAsync(url));
        AssertSecureHeaders(await site.Client.GetAsync(url));
    }

    private static void AssertSecureHeaders(HttpResponseMessage response)
    {
        string Header(string name) => response.Headers.TryGetValues(name, out var v) ? string.Join(",", v)
            : response.Content.Headers.TryGetValues(name, out var c) ? string.Join(",", c) : "";

        var csp = Header("Content-Security-Policy");
        foreach (var directive in new[] { "default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'" })
            Assert.Contains(directive, csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header("Referrer-Policy"));
        foreach (var feature in new[] { "camera=()", "microphone=()", "geolocation=()", "interest-cohort=()" })
            Assert.Contains(feature, Header("Permissions-Policy"));
        Assert.Equal("", Header("Server"));
        Assert.Equal("", Header("X-Powered-By"));
        Assert.False(response.Headers.Contains("Set-Cookie"), "no cookies, ever");
    }

    [Fact]
    public async Task Pages_use_no_inline_script_or_style_that_the_policy_would_block()
    {
        var (_, page) = await site.Get("/living-with-a-pump/refills");

        Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json'])"));
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
        Assert.All(page.QuerySelectorAll("link[rel=stylesheet]"), l => Assert.StartsWith("/", l.GetAttribute("href")));
    }

    [Theory]
    [InlineData("Production", true)]
    [InlineData("Development", false)]
    public async Task Https_responses_carry_a_year_of_hsts_outside_development(string environment, bool expected)
    {
        using var factory = new SiteFactory(site.Content.Path, environment);
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://clinic.example.org") }); // HSTS is never sent to localhost

        var response = await client.GetAsync("/");

        Assert.Equal(expected, response.Headers.TryGetValues("Strict-Transport-Security", out var hsts));
        if (expected) Assert.Contains("max-age=31536000", string.Join(",", hsts!));
    }

    [Fact]
    public async Task Healthz_reports_healthy_for_good_content()
    {
        var response = await site.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_reports_degraded_while_content_has_errors()
    {
        using var content = TempContent.WithSiteSettings();
        content.Write("basics/broken.md", "no front matter");
        using var factory = new SiteFactory(content.Path);

        var response = await factory.Browser().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", await response.Content.ReadAsStringAsync());
    }
}
