namespace PainPumpInfo.Content.Rendering.EmergencySignLists;

/// <summary>Reads <c>:::emergency-signs LIST</c> (see <see cref="EmbedLineParser"/>).</summary>
public sealed class EmergencySignsBlockParser() : EmbedLineParser(Word)
{
    public const string Word = "emergency-signs";

    protected override EmbedBlock Create(string word) => new EmergencySignsBlock(this);
}
