using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Loading;

/// <summary>Reads the clinicians listed under <c>reviewers:</c> in site.yml. None are listed by default: the site never invents one.</summary>
public static class ReviewerListParser
{
    public const string Key = "reviewers";

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["key"] = "a short name for the review command, like jdoe",
        ["name"] = "the reviewer's name, like Jane Doe",
        ["credentials"] = "their credentials as readers should see them, like MD, pain medicine",
        ["role"] = "their role at the clinic, like Pain physician",
    };

    /// <returns>The reviewers whose entries are complete, or null when site.yml cannot be read (its own parser says why).</returns>
    public static IReadOnlyList<Reviewer>? Parse(string? siteText, List<Diagnostic> diagnostics)
    {
        if (siteText is null) return [];
        var yaml = new YamlText(SiteSettingsParser.FileName, siteText, FirstLine: 1);
        if (YamlKeyScanner.Scan(yaml, []) is null) return null;
        var records = YamlRecordReader.Read(yaml, Key, Fields, "reviewer", diagnostics);
        if (records is null) return null;

        var reviewers = new List<Reviewer>();
        var lines = new Dictionary<string, int>();
        foreach (var record in records)
        {
            void Error(string message, string hint) =>
                diagnostics.Add(new Diagnostic(SiteSettingsParser.FileName, record.Line, record.Column, Severity.Error, message, hint));

            var key = record.Text("key");
            var name = record.Text("name");
            var credentials = record.Text("credentials");
            var before = diagnostics.Count;
            if (key.Length == 0)
                Error("a reviewer has no 'key'", "add a short name for the review command, like key: jdoe");
            else if (!RoutePath.IsValidSegment(key))
                Error($"reviewer key '{key}' can only use lower-case letters, digits and hyphens", "write it like jdoe or jane-doe");
            else if (lines.TryGetValue(key, out var first))
                Error($"reviewer key '{key}' is already used on line {first}", "give each reviewer their own key");
            if (name.Length == 0)
                Error($"reviewer '{key}' has no 'name'", "add the name readers should see, like name: Jane Doe");
            if (credentials.Length == 0)
                Error($"reviewer '{key}' has no 'credentials'", "add them as readers should see them, like credentials: MD, pain medicine");
            if (diagnostics.Count > before) continue;

            lines[key] = record.Line;
            reviewers.Add(new Reviewer(key, name, credentials, record.Text("role")));
        }
        return reviewers;
    }
}
