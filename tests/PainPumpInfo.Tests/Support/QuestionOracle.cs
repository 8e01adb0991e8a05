using System.Text.RegularExpressions;

namespace PainPumpInfo.Tests.Support;

/// <summary>
/// The FAQ convention read straight from a Markdown file, independent of the site's parser: every `###`
/// heading ending in '?' that has text under it before the next heading.
/// </summary>
public static partial class QuestionOracle
{
    public static IReadOnlyList<string> Questions(string relativePath)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Content, relativePath));
        var start = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---") + 1;
        var questions = new List<string>();
        string? open = null;
        var fenced = false;
        foreach (var line in lines.Skip(start))
        {
            if (line.TrimStart().StartsWith("```") || line.TrimStart().StartsWith("~~~")) fenced = !fenced;
            var heading = fenced ? null : Heading().Match(line);
            if (heading is { Success: true })
            {
                var text = Plain(heading.Groups["text"].Value);
                open = heading.Groups["level"].Value == "###" && text.EndsWith('?') ? text : null;
            }
            else if (open is not null && line.Trim().Length > 0)
            {
                questions.Add(open);
                open = null;
            }
        }
        return questions;
    }

    private static string Plain(string markdown) => Link().Replace(markdown, "$1").Replace("*", "").Replace("`", "").Trim();

    [GeneratedRegex(@"^(?<level>#{1,6})\s+(?<text>.*?)\s*#*\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();
}
