namespace PainPumpInfo.Content.Rendering.PumpFacts;

/// <summary>Reads <c>:::pump-facts FACT</c> and <c>:::pump-model MODEL</c> (see <see cref="EmbedLineParser"/>).</summary>
public sealed class PumpFactsParser() : EmbedLineParser(FactsWord, ModelWord)
{
    public const string FactsWord = "pump-facts";
    public const string ModelWord = "pump-model";

    protected override EmbedBlock Create(string word) => new PumpFactsBlock(this) { Word = word };
}
