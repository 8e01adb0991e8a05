namespace PainPumpInfo.Tests.Support;

/// <summary>Small, valid article files for tests, so each test shows only what it changes.</summary>
public static class Articles
{
    public static string Valid(string title = "Test article", string body = "Some text.", string extra = "") => $"""
        ---
        title: {title}
        description: A short description of the test article.
        last_reviewed: 2026-11-01
        sources:
          - key: test-source
            title: Test source
            url: https://example.org/source
        {extra}
        ---

        {body}

        {CitingSentence}
        """;

    /// <summary>Every valid article cites its source, as the shipped ones must.</summary>
    public const string CitingSentence = "This page draws on the test source [@test-source].";

    public const string SiteYml = """
        site_name: Test Site
        tagline: A test tagline
        language: en
        clinic_name: Test Clinic
        clinic_phone: "555-0100"
        disclaimer_short: Test banner disclaimer, not advice.
        disclaimer_full: Test full footer disclaimer text.
        urgent_help: Test urgent help text.
        sections:
          - key: basics
            title: The basics
        """;
}
