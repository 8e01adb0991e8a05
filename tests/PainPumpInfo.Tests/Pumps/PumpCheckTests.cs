using PainPumpInfo.Content;
using PainPumpInfo.Tests.Support;
using PainPumpInfo.Web.Commands;

namespace PainPumpInfo.Tests.Pumps;

/// <summary>`check` finds each mistake an editor can make in pumps.yml (or in an embed) and names its line and column.</summary>
public sealed class PumpCheckTests : IDisposable
{
    private readonly TempContent content = TestPumps.Content();

    private (int Exit, string[] Lines) Check() => Checking.Run(content.Path);

    /// <summary>Writes pumps.yml with one change and expects one diagnostic at the place of <paramref name="at"/> in the new text.</summary>
    private void AssertReports(string from, string to, string at, string severity, string message, int occurrence = 1)
    {
        Assert.Contains(from, TestPumps.Yml);
        var yml = TestPumps.Yml.Replace(from, to);
        content.Write("pumps.yml", yml);
        var (exit, lines) = Check();
        var location = $"pumps.yml:{YamlPosition.Of(yml, at, occurrence)}";
        Assert.True(lines.Any(l => l.StartsWith($"{location}: {severity}: ") && l.Contains(message) && l.Contains("(hint: ")),
            $"expected '{location}: {severity}: …{message}…' in:\n{string.Join("\n", lines)}");
        Assert.Equal(severity == "error" ? 1 : 0, exit);
    }

    [Fact]
    public void The_test_file_has_no_problem()
    {
        var (exit, lines) = Check();
        Assert.Equal(0, exit);
        Assert.DoesNotContain(lines, l => l.StartsWith("pumps.yml"));
    }

    [Fact]
    public void The_shipped_pumps_yml_has_no_problem()
    {
        var snapshot = new ContentLoader(new ContentOptions(RepoPaths.Content)).Load();
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.Path == "pumps.yml" && d.IsError);
        Assert.Equal(PumpsOracle.Shipped().ModelKeys, snapshot.Pumps.Models.Select(m => m.Key));
    }

    [Fact]
    public void An_unknown_field_is_a_warning_with_did_you_mean()
    {
        AssertReports("    maker: Bolt\n", "    maker: Bolt\n    makr: Bolt\n", "makr", "warning", "unknown field 'makr' in a model: did you mean 'maker'?");
    }

    [Fact]
    public void A_filled_fact_without_a_source_is_an_error()
    {
        AssertReports("        text: About seven years.\n        sources: [maker-guide]\n", "        text: About seven years.\n",
            "text: About seven years.", "error", "fact 'battery' of 'alpha' has text but no source");
    }

    [Fact]
    public void A_source_key_that_is_not_listed_is_an_error_with_did_you_mean()
    {
        AssertReports("sources: [mri-rules, maker-guide]", "sources: [mri-rules, maker-guid]",
            "maker-guid]", "error", "source 'maker-guid' is not listed under sources: did you mean 'maker-guide'?");
    }

    [Fact]
    public void Two_models_with_the_same_key_is_an_error()
    {
        AssertReports("  - key: beta", "  - key: alpha", "alpha", "error", "model 'alpha' is listed twice", occurrence: 2);
    }

    [Fact]
    public void A_model_missing_a_fact_the_others_have_is_an_error()
    {
        AssertReports("\n      battery:\n        unknown: true", "", "facts:", "error", "model 'beta' is missing the fact 'battery' that every model has", occurrence: 3);
    }

    [Fact]
    public void A_fact_that_is_neither_filled_nor_marked_unknown_is_an_error()
    {
        AssertReports("        unknown: true", "        unknwn: true", "unknwn", "error", "fact 'battery' of 'beta' has no text");
    }

    [Fact]
    public void Still_made_yes_or_no_needs_a_sourced_status()
    {
        AssertReports("    still_made: unknown", "    still_made: yes", "yes", "error", "'still_made: yes' of 'beta' has no source");
    }

    [Fact]
    public void A_yaml_syntax_error_names_its_line()
    {
        AssertReports("    name: Beta Flow", "    name: [Beta Flow", "[Beta Flow", "error", "YAML syntax error");
    }

    [Fact]
    public void An_unknown_fact_in_an_embed_is_an_error_with_did_you_mean()
    {
        var article = Articles.Valid("Scans", "Intro.\n\n:::pump-facts mir\n\nMore text.", "section: basics");
        content.Write("basics/scans.md", article);
        var (exit, lines) = Check();

        Assert.Equal(1, exit);
        var at = YamlPosition.Of(article, "mir\n");
        Assert.Contains(lines, l => l.StartsWith($"basics/scans.md:{at}: error: ':::pump-facts mir': there is no fact 'mir' in pumps.yml: did you mean 'mri'?"));
    }

    [Fact]
    public void An_embed_without_a_pumps_yml_is_an_error()
    {
        File.Delete(Path.Combine(content.Path, "pumps.yml"));
        var (exit, lines) = Check();

        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith("basics/scans.md:") && l.Contains("needs the pump data"));
    }

    [Fact]
    public void A_broken_pumps_yml_keeps_the_last_good_catalog_and_says_so()
    {
        var loader = new ContentLoader(new ContentOptions(content.Path));
        var good = loader.Load();
        content.Write("pumps.yml", TestPumps.Yml.Replace("sources: [mri-rules]", "sources: [nothing-like-this]"));

        var broken = loader.Load(good);

        Assert.Same(good.Pumps, broken.Pumps);
        Assert.True(broken.PumpsFile.IsStale);
        Assert.NotEqual(good.Version, broken.Version);
        Assert.Contains(broken.Diagnostics, d => d.Path == "pumps.yml" && d.IsError && d.Message.Contains("nothing-like-this"));
        Assert.Contains(broken.Diagnostics, d => d.Path == "pumps.yml" && d.Message.Contains("last good version"));
        Assert.Contains("Empty the pump first.", broken.Find("basics/scans")!.Body.Html);
    }

    public void Dispose() => content.Dispose();
}
