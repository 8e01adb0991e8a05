using PainPumpInfo.Content.Model.Pumps;
using PainPumpInfo.Content.Rendering.PumpFacts;

namespace PainPumpInfo.Content.Pumps;

/// <summary>
/// The Markdown of the pump pages, made from the catalog: our own plain-language guidance, headings, links and
/// <c>:::pump-facts</c> embeds. Everything taken from the file is escaped, so it can only ever be text.
/// </summary>
public static class PumpPageMarkdown
{
    /// <summary>The source the ID-card advice comes from, cited when pumps.yml lists it.</summary>
    public const string IdCardSource = "gillette-discharge";

    public static string Comparison(PumpCatalog catalog, Func<string, string?> articleTitle)
    {
        var idCardCitation = catalog.Source(IdCardSource) is null ? "" : $" [@{IdCardSource}]";
        var lines = new List<string>
        {
            "## How to find out which pump you have",
            "",
            "Different companies make pumps, and the rules for MRI scans, alarms, batteries and pressure are not the same for each one. These are the easiest ways to find out which pump you have:",
            "",
            $"- **Your pump ID card.** Carry it with you at all times, and know the name of your pump and your medicine{idCardCitation}.",
            "- **Your pump clinic.** The team that refills your pump knows which model you have. Ask them at your next visit, or call them.",
            "- **Your implant record.** The hospital where you had your surgery keeps a record of the pump that was put in. You can ask them for a copy.",
            "",
            "## The pumps on this page",
            "",
        };
        foreach (var model in catalog.Models)
            lines.Add($"- [{MarkdownText.Escape(model.Name)}]({model.Url}) — {MarkdownText.Escape(Describe(model))}");
        lines.AddRange([
            "",
            "## Compare the pumps",
            "",
            "Each table below shows one topic for every pump. Where nobody could confirm a fact, the table says so. Your care team can tell you what applies to your own pump.",
            "",
        ]);
        lines.AddRange(FactSection(PumpFactsResolver.StillMadeLabel, PumpFactsResolver.StillMadeKey, null, articleTitle));
        foreach (var fact in catalog.Facts)
            lines.AddRange(FactSection(fact.Label, fact.Key, fact.Article, articleTitle));
        return string.Join('\n', lines) + "\n";
    }

    public static string Model(PumpModel model) => $"""
        ## What is known about the {MarkdownText.Escape(model.Name)}

        :::{PumpFactsParser.ModelWord} {model.Key}

        """;

    /// <summary>"Medtronic, model 8637": who makes it and the numbers on the ID card.</summary>
    public static string Describe(PumpModel model) => model.ModelNumbers.Count switch
    {
        0 => model.Maker,
        1 => $"{model.Maker}, model {model.ModelNumbers[0]}",
        _ => $"{model.Maker}, models {string.Join(" and ", model.ModelNumbers)}",
    };

    private static IEnumerable<string> FactSection(string label, string key, string? article, Func<string, string?> articleTitle)
    {
        yield return $"### {MarkdownText.Escape(label)}";
        yield return "";
        yield return $":::{PumpFactsParser.FactsWord} {key}";
        yield return "";
        if (article is null || articleTitle(article) is not { } title) yield break;
        yield return $"Read more: [{MarkdownText.Escape(title)}](/{article})";
        yield return "";
    }
}
