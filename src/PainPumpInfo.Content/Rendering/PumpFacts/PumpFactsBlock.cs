using Markdig.Parsers;

namespace PainPumpInfo.Content.Rendering.PumpFacts;

/// <summary>
/// <c>:::pump-facts FACT</c> (one fact for every model) or <c>:::pump-model MODEL</c> (every fact of one model), on a
/// line of its own. Parsed with the article; filled from the snapshot's pump catalog by <see cref="PumpFactsResolver"/>.
/// </summary>
public sealed class PumpFactsBlock(BlockParser parser) : EmbedBlock(parser)
{
    /// <summary>Which embed: <see cref="PumpFactsParser.FactsWord"/> or <see cref="PumpFactsParser.ModelWord"/>.</summary>
    public string Word { get; set; } = PumpFactsParser.FactsWord;

    /// <summary>The table to show, once resolved against the catalog; null when the key named nothing.</summary>
    public PumpFactsTable? Table { get; set; }

    public bool IsModel => Word == PumpFactsParser.ModelWord;
}
