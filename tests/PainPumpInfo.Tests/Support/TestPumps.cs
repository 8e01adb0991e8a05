namespace PainPumpInfo.Tests.Support;

/// <summary>A small pumps.yml for tests: two models, three facts, one of them unknown for one model.</summary>
public static class TestPumps
{
    public const string Yml = """
        last_reviewed: 2026-11-30
        sources:
          - key: maker-guide
            title: Maker's patient guide
            url: https://example.org/maker-guide
          - key: mri-rules
            title: MRI rules
            url: https://example.org/mri-rules
          - key: recall-notice
            title: Recall notice
            url: https://example.org/recall
        facts:
          - key: kind
            label: Kind of pump
          - key: mri
            label: MRI scans
            article: basics/scans
          - key: battery
            label: Battery
        models:
          - key: alpha
            name: Alpha Pump
            maker: Acme
            model_numbers: ["1234"]
            still_made: no
            status:
              text: Acme stopped making it in 2010.
              sources: [recall-notice]
            facts:
              kind:
                text: Programmable.
                sources: [maker-guide]
              mri:
                text: The motor stops during a scan.
                sources: [mri-rules, maker-guide]
              battery:
                text: About seven years.
                sources: [maker-guide]
          - key: beta
            name: Beta Flow
            maker: Bolt
            still_made: unknown
            facts:
              kind:
                text: Fixed-rate.
                sources: [maker-guide]
              mri:
                text: Empty the pump first.
                sources: [mri-rules]
              battery:
                unknown: true
        """;

    /// <summary>The test content: site.yml, this pumps.yml, an article that embeds MRI and one about scans.</summary>
    public static TempContent Content()
    {
        var content = TempContent.WithSiteSettings();
        content.Write("pumps.yml", Yml);
        content.Write("basics/scans.md", Articles.Valid("Scans", "Intro.\n\n:::pump-facts mri\n\nMore text.", "section: basics"));
        return content;
    }
}
