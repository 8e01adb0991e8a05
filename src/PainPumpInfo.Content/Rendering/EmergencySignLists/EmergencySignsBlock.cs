using Markdig.Parsers;
using PainPumpInfo.Content.Model.Emergency;
using PainPumpInfo.Content.Rendering.Citations;

namespace PainPumpInfo.Content.Rendering.EmergencySignLists;

/// <summary>
/// <c>:::emergency-signs LIST</c> on a line of its own: a warning box filled from content/emergency-signs.yml by
/// <see cref="EmergencySignsResolver"/>, so the article and the emergency sheet show the same signs.
/// </summary>
public sealed class EmergencySignsBlock(BlockParser parser) : EmbedBlock(parser)
{
    /// <summary>The list to show, once resolved; null when the key named nothing.</summary>
    public SignList? List { get; set; }

    /// <summary>Each sign's citation, in the order of <see cref="SignList.Signs"/>; they are also in the block's inlines, so they are numbered with the article.</summary>
    public IReadOnlyList<CitationInline> Citations { get; set; } = [];
}
