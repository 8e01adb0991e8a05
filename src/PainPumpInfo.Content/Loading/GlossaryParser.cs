using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Loading;

/// <summary>Reads content/glossary.yml: a list of terms, each with a definition and other spellings.</summary>
public static class GlossaryParser
{
    public const string FileName = "glossary.yml";

    public static IReadOnlyList<GlossaryTerm> Parse(string text, List<Diagnostic> diagnostics)
    {
        var raw = YamlReader.Read<List<GlossaryTermYaml?>>(new YamlText(FileName, text, FirstLine: 1), diagnostics);
        var terms = new List<GlossaryTerm>();
        var ids = new HashSet<string>();
        for (var i = 0; i < (raw?.Count ?? 0); i++)
        {
            var entry = raw![i];
            if (string.IsNullOrWhiteSpace(entry?.Term) || string.IsNullOrWhiteSpace(entry.Definition))
            {
                diagnostics.Add(new Diagnostic(FileName, 1, 1, Severity.Error, $"glossary entry {i + 1} needs a term and a definition",
                    "write each entry as '- term: ...' and '  definition: ...'"));
                continue;
            }
            var id = Slug.Of(entry.Term);
            if (!ids.Add(id))
            {
                diagnostics.Add(new Diagnostic(FileName, 1, 1, Severity.Warning, $"glossary term '{entry.Term.Trim()}' is listed twice", "keep one entry"));
                continue;
            }
            var spellings = (entry.OtherSpellings ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).ToArray();
            terms.Add(new GlossaryTerm(entry.Term.Trim(), entry.Definition.Trim(), spellings, id));
        }
        return terms.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ToArray();
    }
}
