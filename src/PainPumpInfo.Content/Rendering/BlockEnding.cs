using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace PainPumpInfo.Content.Rendering;

/// <summary>
/// The punctuation that ends a block's text where blocks are run together as one passage (search snippets): an
/// item of a list or a cell of a row that another follows gets "; ", the last one and any paragraph ". ", unless
/// the writer ended it already. On a page the blocks are kept apart by the layout; run together without this, a
/// list of symptoms read "itching with no rash fever stiffness".
/// </summary>
public static class BlockEnding
{
    private const string AlreadyEnded = ".!?:;…";
    private const string Closers = ")]\"'”’»";

    public static string For(LeafBlock leaf, string text)
    {
        var last = text.TrimEnd(Closers.ToCharArray());
        if (last.Length > 0 && AlreadyEnded.Contains(last[^1])) return "";
        return IsFollowedBySibling(leaf) ? ";" : ".";
    }

    /// <summary>True for the last block of a list item or table cell that has another item or cell after it.</summary>
    private static bool IsFollowedBySibling(LeafBlock leaf)
    {
        var item = leaf.Parent;
        if (item is not (ListItemBlock or TableCell) || item.LastChild != leaf) return false;
        var group = item.Parent;
        return group is not null && group.IndexOf(item) < group.Count - 1;
    }
}
