using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Loading;

/// <summary>
/// Finds the YAML block between the opening and closing <c>---</c> lines of an article, and the Markdown after
/// it: the one place an article's front matter is found.
/// </summary>
public static class FrontMatterSplitter
{
    /// <param name="text">The file's text with line ends normalised to \n and any BOM removed.</param>
    public static ArticleText? Split(string path, string text, List<Diagnostic> diagnostics)
    {
        if (!IsFence(FirstLine(text, 0)))
        {
            diagnostics.Add(new Diagnostic(path, 1, 1, Severity.Error,
                "the file does not start with front matter (a line of three dashes: ---)",
                "put --- on the very first line, then title, description, last_reviewed and sources, then another --- line"));
            return null;
        }

        var start = text.IndexOf('\n') + 1;
        var position = start;
        while (position > 0 && position <= text.Length)
        {
            var current = FirstLine(text, position);
            if (IsFence(current) || current.TrimEnd() == "...")
            {
                var yaml = new YamlText(path, text[start..position], FirstLine: 2);
                var bodyStart = text.IndexOf('\n', position);
                var body = bodyStart < 0 ? "" : text[(bodyStart + 1)..];
                return new ArticleText(yaml, body, BodyFirstLine: 2 + text[start..position].Count(c => c == '\n') + 1);
            }
            var next = text.IndexOf('\n', position);
            if (next < 0) break;
            position = next + 1;
        }

        diagnostics.Add(new Diagnostic(path, 1, 1, Severity.Error,
            "the front matter is not closed: no second line of three dashes (---) was found",
            "add a line with just --- after the last front matter field"));
        return null;
    }

    private static bool IsFence(string line) => line.TrimEnd() == "---";

    private static string FirstLine(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        return end < 0 ? text[from..] : text[from..end];
    }
}
