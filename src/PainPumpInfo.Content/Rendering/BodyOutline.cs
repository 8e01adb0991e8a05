using Markdig.Renderers.Html;
using Markdig.Syntax;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Rendering;

/// <summary>What the page template and structured data need from a body: headings, questions, prose.</summary>
public static class BodyOutline
{
    public static IReadOnlyList<Heading> Headings(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>().Select(HeadingOf).ToArray();

    /// <summary>
    /// The text split at every heading, in reading order: the part before the first heading, then each heading
    /// with the text up to the next one. Walks the syntax tree, so headings inside callouts count too. Each block
    /// keeps its boundary as punctuation (see <see cref="BlockEnding"/>), which survives being shown on one line.
    /// </summary>
    public static IReadOnlyList<Passage> Passages(MarkdownDocument document)
    {
        var passages = new List<Passage>();
        Heading? heading = null;
        var text = new System.Text.StringBuilder();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf is HeadingBlock next)
            {
                if (heading is not null || text.Length > 0) passages.Add(Passage.Of(heading, text.ToString().Trim()));
                heading = HeadingOf(next);
                text.Clear();
                continue;
            }
            var words = PlainText.Of((Block)leaf);
            if (words.Length > 0) text.Append(words).Append(BlockEnding.For(leaf, words)).Append('\n');
        }
        if (heading is not null || text.Length > 0) passages.Add(Passage.Of(heading, text.ToString().Trim()));
        return passages;
    }

    private static Heading HeadingOf(HeadingBlock h) => new(h.Level, PlainText.Of(h), h.GetAttributes().Id ?? "", h.Line + 1);

    /// <summary>Every <c>###</c> heading that ends in '?' with the text under it up to the next heading: the FAQ convention.</summary>
    public static IReadOnlyList<Question> Questions(MarkdownDocument document)
    {
        var questions = new List<Question>();
        var blocks = document.ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not HeadingBlock { Level: 3 } heading) continue;
            var text = PlainText.Of(heading);
            if (!text.EndsWith('?')) continue;
            var answer = blocks.Skip(i + 1).TakeWhile(b => b is not HeadingBlock).Select(PlainText.Of);
            var joined = string.Join("\n\n", answer).Trim();
            if (joined.Length > 0) questions.Add(new Question(text, joined));
        }
        return questions;
    }

    /// <summary>Paragraphs outside tables (list items and callouts included): the prose a reading level is measured on.</summary>
    public static IReadOnlyList<string> Prose(MarkdownDocument document) =>
        document.Descendants<ParagraphBlock>()
            .Where(p => !IsInsideTable(p))
            .Select(p => PlainText.Of(p))
            .ToArray();

    private static bool IsInsideTable(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is Markdig.Extensions.Tables.Table) return true;
        return false;
    }
}
