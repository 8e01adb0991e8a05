using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Rendering.Glossary;

/// <summary>
/// Links the first use of each glossary term in an article to its definition on /glossary. Works on the
/// syntax tree, so it only ever touches plain text in paragraphs: never headings, links, code or HTML.
/// </summary>
public sealed class GlossaryLinker
{
    public const string GlossaryUrl = "/glossary";

    private readonly Regex? spellings;
    private readonly Dictionary<string, string> idBySpelling = new(StringComparer.OrdinalIgnoreCase);

    public GlossaryLinker(IReadOnlyList<GlossaryTerm> terms)
    {
        foreach (var term in terms)
            foreach (var spelling in term.OtherSpellings.Prepend(term.Term))
                idBySpelling.TryAdd(spelling, term.Id);
        if (idBySpelling.Count == 0) return;
        // Longest first, so "intrathecal space" wins over "intrathecal"; whole words only.
        var alternatives = idBySpelling.Keys.OrderByDescending(s => s.Length).Select(Regex.Escape);
        spellings = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join("|", alternatives)})(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public static GlossaryLinker Empty { get; } = new([]);

    public void Link(MarkdownDocument document)
    {
        if (spellings is null) return;
        var linked = new HashSet<string>();
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
            foreach (var literal in PlainLiterals(paragraph.Inline).ToList())
                LinkFirstUses(literal, linked);
    }

    /// <summary>Text runs outside links (and their labels): the only places a term link may go.</summary>
    private static IEnumerable<LiteralInline> PlainLiterals(ContainerInline? container)
    {
        if (container is null) yield break;
        foreach (var inline in container)
        {
            if (inline is LiteralInline literal) yield return literal;
            else if (inline is ContainerInline child and not LinkInline)
                foreach (var nested in PlainLiterals(child)) yield return nested;
        }
    }

    private void LinkFirstUses(LiteralInline literal, HashSet<string> linked)
    {
        var current = literal;
        while (true)
        {
            var text = current.Content.ToString();
            var match = spellings!.Matches(text).FirstOrDefault(m => !linked.Contains(idBySpelling[m.Value]));
            if (match is null) return;
            var id = idBySpelling[match.Value];
            linked.Add(id);

            var link = new LinkInline($"{GlossaryUrl}#{id}", "");
            link.AppendChild(new LiteralInline(match.Value));
            link.GetAttributes().AddClass("glossary-term");
            var rest = new LiteralInline(text[(match.Index + match.Length)..]);
            current.Content = new StringSlice(text[..match.Index]);
            current.InsertAfter(link);
            link.InsertAfter(rest);
            current = rest;
        }
    }
}
