using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PainPumpInfo.Content.Rendering.Citations;

namespace PainPumpInfo.Content.Rendering;

/// <summary>The words a reader sees in a piece of the syntax tree, without Markdown or HTML.</summary>
public static class PlainText
{
    public static string Of(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        Append(inlines, text);
        return text.ToString().Trim();
    }

    public static string Of(LeafBlock block) => Of(block.Inline);

    /// <summary>All prose of a block and everything in it: paragraphs, headings, table cells, code.</summary>
    public static string Of(Block block)
    {
        var text = new StringBuilder();
        foreach (var leaf in block is LeafBlock single ? [single] : block.Descendants<LeafBlock>())
        {
            if (leaf.Inline is not null) Append(leaf.Inline, text);
            else text.Append(leaf.Lines.ToString());
            text.Append('\n');
        }
        return text.ToString().Trim();
    }

    private static void TrimEndSpaces(StringBuilder text)
    {
        while (text.Length > 0 && text[^1] == ' ') text.Length--;
    }

    private static void Append(ContainerInline? container, StringBuilder text)
    {
        if (container is null) return;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                case CitationInline: TrimEndSpaces(text); break; // "slow [@label]." reads "slow."
                case ContainerInline child: Append(child, text); break;
            }
        }
    }
}
