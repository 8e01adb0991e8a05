using PainPumpInfo.Content.Loading.Emergency;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Emergency;
using PainPumpInfo.Tests.Support;

namespace PainPumpInfo.Tests.Content;

/// <summary>
/// content/emergency-signs.yml is read into typed signs; every problem names its line and column, and any error
/// means no signs from that version (a half-read list of warning signs is never shown).
/// </summary>
public sealed class EmergencySignsFileTests
{
    private const string Valid = """
        last_reviewed: 2026-11-30
        sources:
          - key: label-a
            title: Label A
            url: https://example.org/a
          - key: label-b
            title: Label B
            url: https://example.org/b
        medicines:
          - key: baclofen
            name: Baclofen
            lists:
              - key: baclofen-withdrawal
                kind: withdrawal
                callout: urgent
                title: Signs of baclofen withdrawal
                signs:
                  - text: itching
                    stage: early
                    sources: [label-a]
                  - text: high fever
                    stage: later
                    sources: [label-a, label-b]
                action: Call 911 now.
            notes:
              - text: There is no specific antidote.
                sources: [label-b]
        naloxone:
          reverses:
            - text: An opioid overdose.
              sources: [label-a]
          does_not_reverse:
            - text: Baclofen.
              sources: [label-b]
        contacts:
          - name: A support line
            phone: 1-800-000-0000
            makers: [Maker]
            sources: [label-a]
        """;

    private static EmergencySignsFile Parse(string text) => EmergencySignsParser.Parse(text, "v1");

    private static Diagnostic Single(string text, Severity severity = Severity.Error) =>
        Assert.Single(Parse(text).Diagnostics, d => d.Severity == severity);

    [Fact]
    public void A_valid_file_gives_medicines_lists_signs_notes_naloxone_and_contacts_with_their_sources()
    {
        var file = Parse(Valid);

        Assert.Empty(file.Diagnostics);
        var signs = file.Signs;
        Assert.Equal(new DateOnly(2026, 11, 30), signs.LastReviewed);
        var list = signs.List("baclofen-withdrawal")!;
        Assert.Equal(SignKind.Withdrawal, list.Kind);
        Assert.Equal("urgent", list.Callout);
        Assert.Equal([("itching", SignStage.Early), ("high fever", SignStage.Later)], list.Signs.Select(s => (s.Text, s.Stage)));
        Assert.Equal(["label-a", "label-b"], list.Signs[1].SourceKeys);
        Assert.Equal("Call 911 now.", list.Action);
        Assert.Equal("There is no specific antidote.", signs.Medicine("baclofen")!.Notes.Single().Text);
        Assert.Equal("An opioid overdose.", signs.Naloxone.Reverses.Single().Text);
        Assert.Equal("Baclofen.", signs.Naloxone.DoesNotReverse.Single().Text);
        var contact = signs.Contacts.Single();
        Assert.Equal("1-800-000-0000", contact.Phone);
        Assert.True(contact.Serves("maker"));
        Assert.False(contact.Serves("Other maker"));
        Assert.True(contact.Serves(null));
    }

    [Fact]
    public void The_shipped_file_loads_without_a_problem_and_every_sign_cites_a_source()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Content, EmergencySigns.FileName));

        var file = Parse(text);

        Assert.Empty(file.Diagnostics);
        Assert.Equal(EmergencySignsOracle.Medicines().Select(m => m.Key), file.Signs.Medicines.Select(m => m.Key));
        Assert.All(file.Signs.Medicines.SelectMany(m => m.Lists).SelectMany(l => l.Signs), s => Assert.NotEmpty(s.SourceKeys));
    }

    [Fact]
    public void A_sign_citing_a_source_the_file_does_not_list_is_an_error_at_that_key_with_the_nearest_key()
    {
        var diagnostic = Single(Valid.Replace("sources: [label-a]\n          - text: high fever", "sources: [label-c]\n          - text: high fever"));

        Assert.Equal((EmergencySigns.FileName, 20, 23), (diagnostic.Path, diagnostic.Line, diagnostic.Column));
        Assert.Contains("'label-c' is not listed under sources", diagnostic.Message);
        Assert.Contains("did you mean 'label-a'", diagnostic.Message);
    }

    [Fact]
    public void A_sign_without_a_source_is_an_error()
    {
        var diagnostic = Single(Valid.Replace("stage: early\n            sources: [label-a]\n", "stage: early\n"));

        Assert.Contains("the sign 'itching' has no source", diagnostic.Message);
        Assert.Equal(18, diagnostic.Line);
    }

    [Theory]
    [InlineData("kind: withdrawal", "kind: withdrawl", "'kind' should be overdose, withdrawal or other, not 'withdrawl'")]
    [InlineData("callout: urgent", "callout: red", "'callout' should be urgent or warning, not 'red'")]
    [InlineData("stage: early", "stage: soon", "'stage' should be early or later, not 'soon'")]
    [InlineData("last_reviewed: 2026-11-30", "last_reviewed: 30/11/2026", "'last_reviewed' should be a date written as YYYY-MM-DD")]
    [InlineData("    action: Call 911 now.\n", "", "a list of signs needs 'action:'")]
    public void A_wrong_or_missing_value_is_an_error_that_says_what_it_should_be(string from, string to, string message)
    {
        var file = Parse(Valid.Replace(from, to));

        Assert.Contains(file.Diagnostics, d => d.IsError && d.Message.Contains(message));
        Assert.True(file.Signs.IsEmpty, "no signs from a file with errors");
    }

    [Fact]
    public void Two_lists_with_the_same_key_are_an_error_because_articles_embed_a_list_by_its_key()
    {
        const string Again = "      - key: baclofen-withdrawal\n        kind: other\n        callout: warning\n        title: Again\n"
            + "        signs:\n          - text: x\n            sources: [label-a]\n        action: Call.\n";
        var twice = Valid.Replace("    notes:", Again + "    notes:");

        Assert.Contains(Parse(twice).Diagnostics, d => d.IsError && d.Message.Contains("the list key 'baclofen-withdrawal' is used twice"));
    }

    [Fact]
    public void A_misspelt_field_is_a_warning_with_the_field_it_probably_meant()
    {
        var diagnostic = Single(Valid.Replace("    name: Baclofen", "    name: Baclofen\n    nmae: x"), Severity.Warning);

        Assert.Equal((12, 5), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("did you mean 'name'", diagnostic.Message);
    }

    [Fact]
    public void A_listed_source_nothing_cites_is_a_warning_at_its_entry()
    {
        var diagnostic = Single(Valid.Replace("sources:\n  - key: label-a", "sources:\n  - key: spare\n    title: Spare\n    url: https://example.org/s\n  - key: label-a"), Severity.Warning);

        Assert.Equal(3, diagnostic.Line);
        Assert.Contains("source 'spare' is listed but never cited", diagnostic.Message);
    }

    [Fact]
    public void A_phone_number_with_letters_is_an_error()
    {
        Assert.Contains("is not a phone number", Single(Valid.Replace("phone: 1-800-000-0000", "phone: call us")).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("medicines: [\n")]
    [InlineData("- just\n- a list\n")]
    [InlineData("a: &x [*x]\n")]
    public void An_empty_or_unreadable_file_is_one_clear_error_not_an_exception(string text)
    {
        var file = Parse(text);

        Assert.Contains(file.Diagnostics, d => d.IsError && d.Path == EmergencySigns.FileName);
        Assert.True(file.Signs.IsEmpty);
    }

    [Fact]
    public void A_broken_save_keeps_the_last_good_signs_with_a_warning_and_a_fix_brings_the_new_ones()
    {
        var good = EmergencySignsFileLoader.Load(true, Valid, null);
        var broken = EmergencySignsFileLoader.Load(true, Valid.Replace("kind: withdrawal", "kind: ?"), good);
        var fixedFile = EmergencySignsFileLoader.Load(true, Valid.Replace("itching", "itchy skin"), broken);

        Assert.True(broken.IsStale);
        Assert.Same(good.Signs, broken.Signs);
        Assert.Contains(broken.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("last good version"));
        Assert.False(fixedFile.IsStale);
        Assert.Equal("itchy skin", fixedFile.Signs.List("baclofen-withdrawal")!.Signs[0].Text);
        Assert.Same(EmergencySignsFile.None, EmergencySignsFileLoader.Load(false, null, fixedFile));
    }
}
