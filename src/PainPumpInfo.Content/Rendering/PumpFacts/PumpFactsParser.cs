using Markdig.Syntax;

namespace PainPumpInfo.Content.Rendering.PumpFacts;

/// <summary>Reads <c>:::pump-facts FACT</c> and <c>:::pump-model MODEL</c> (see <see cref="EmbedLineParser"/>).</summary>
public sealed class PumpFactsParser() : EmbedLineParser(FactsWord, ModelWord)
{
    public const string FactsWord = "pump-facts";
    public const string ModelWord = "pump-model";

    protected override LeafBlock Create(string word, string key, int keyColumn) =>
        new PumpFactsBlock(this) { Word = word, Key = key, KeyColumn = keyColumn };
}
