using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Loading;

/// <summary>Finds the YAML block between the opening and closing <c>---</c> lines of an article.</summary>
public static class FrontMatterSplitter
{
    /// <param name="text">The file's text with line ends normalised to \n and any BOM removed.</param>
    public static YamlText? Split(string path, string text, List<Diagnostic> diagnostics)
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
                return new YamlText(path, text[start..position], FirstLine: 2);
            var next = text.IndexOf('\n', position);
            if (next < 0) break;
            position = next + 1;
        }

        diagnostics.Add(new Diagnostic(path, 1, 1, Severity.Error,
            "the front matter is not closed: no second line of three dashes (---) was found",
            "add a line with just --- after the last front matter field"));
        return null;
    }

    /// <summary>The Markdown after the front matter's closing line; the whole text when there is no front matter.</summary>
    /// <param name="text">As for <see cref="Split"/>.</param>
    public static string Body(string text)
    {
        var yaml = Split("", text, []);
        if (yaml is null) return text;
        var closingLine = text.IndexOf('\n') + 1 + yaml.Text.Length;
        var bodyStart = text.IndexOf('\n', closingLine);
        return bodyStart < 0 ? "" : text[(bodyStart + 1)..];
    }

    private static bool IsFence(string line) => line.TrimEnd() == "---";

    private static string FirstLine(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        return end < 0 ? text[from..] : text[from..end];
    }
}
