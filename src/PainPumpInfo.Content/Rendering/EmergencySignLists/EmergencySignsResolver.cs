using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PainPumpInfo.Content.Loading;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Emergency;
using PainPumpInfo.Content.Rendering.Citations;

namespace PainPumpInfo.Content.Rendering.EmergencySignLists;

/// <summary>
/// Fills each <c>:::emergency-signs</c> embed of an article from the emergency signs, before citations are numbered:
/// each sign's sources become a citation in the article's own tree, numbered into its source list like any other.
/// </summary>
public static class EmergencySignsResolver
{
    /// <returns>The signs file's sources the embeds cite, in the order first cited: the article lists them after its own.</returns>
    public static IReadOnlyList<Source> Resolve(string path, MarkdownDocument document, EmergencySigns signs, List<Diagnostic> diagnostics)
    {
        var used = new List<Source>();
        foreach (var block in document.Descendants<EmergencySignsBlock>())
        {
            block.List = signs.List(block.Key);
            if (block.List is not { } list)
            {
                diagnostics.Add(Unknown(path, block, signs));
                continue;
            }
            // The signs as inlines too: search and the citation numbering read the tree, not the HTML.
            block.Inline = new ContainerInline();
            block.Inline.AppendChild(new LiteralInline(list.Title + ". "));
            var citations = new List<CitationInline>();
            foreach (var sign in list.Signs)
            {
                var citation = EmbeddedSources.Cite(sign.SourceKeys);
                block.Inline.AppendChild(new LiteralInline(sign.Text + " "));
                block.Inline.AppendChild(citation);
                block.Inline.AppendChild(new LiteralInline(". "));
                citations.Add(citation);
                foreach (var key in sign.SourceKeys)
                    if (used.All(s => s.Key != key) && signs.Source(key) is { } source) used.Add(source);
            }
            block.Inline.AppendChild(new LiteralInline(list.Action));
            block.Citations = citations;
        }
        return used;
    }

    private static Diagnostic Unknown(string path, EmergencySignsBlock block, EmergencySigns signs)
    {
        const string Embed = ":::" + EmergencySignsBlockParser.Word;
        var known = signs.ListKeys.ToArray();
        if (signs.IsEmpty)
            return new Diagnostic(path, block.Line + 1, block.Column + 1, Severity.Error,
                $"'{Embed}' needs the emergency signs, but content/{EmergencySigns.FileName} is missing or has never loaded",
                $"add content/{EmergencySigns.FileName} (see content/README.md), or remove the line");
        if (block.Key.Length == 0)
            return new Diagnostic(path, block.Line + 1, block.Column + 1, Severity.Error,
                $"'{Embed}' needs the key of a list, like {Embed} {known[0]}", $"lists in {EmergencySigns.FileName}: {string.Join(", ", known)}");
        var closest = EditDistance.Closest(block.Key, known);
        return new Diagnostic(path, block.Line + 1, block.KeyColumn + 1, Severity.Error,
            closest is null
                ? $"'{Embed} {block.Key}': there is no list '{block.Key}' in {EmergencySigns.FileName}"
                : $"'{Embed} {block.Key}': there is no list '{block.Key}' in {EmergencySigns.FileName}: did you mean '{closest}'?",
            closest is null ? $"lists in {EmergencySigns.FileName}: {string.Join(", ", known)}" : $"write {Embed} {closest}");
    }
}
