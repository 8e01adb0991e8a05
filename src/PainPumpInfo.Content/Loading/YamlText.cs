namespace PainPumpInfo.Content.Loading;

/// <summary>A piece of YAML and where it sits in its file, so error marks can be turned into file lines.</summary>
/// <param name="FirstLine">The file line (1-based) on which the YAML's first line stands.</param>
public sealed record YamlText(string Path, string Text, int FirstLine)
{
    public int FileLine(long yamlLine) => (int)yamlLine + FirstLine - 1;
}
