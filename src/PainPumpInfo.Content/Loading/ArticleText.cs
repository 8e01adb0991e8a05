namespace PainPumpInfo.Content.Loading;

/// <summary>An article file split once into its front matter and its Markdown body.</summary>
/// <param name="BodyFirstLine">The file line the body starts on (1-based), for diagnostics.</param>
public sealed record ArticleText(YamlText FrontMatter, string Body, int BodyFirstLine)
{
    /// <summary>The body after one empty line per front matter line, so Markdig numbers its lines as the file does.</summary>
    public string BodyOnFileLines => new string('\n', BodyFirstLine - 1) + Body;
}
