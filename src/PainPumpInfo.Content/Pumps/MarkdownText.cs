using System.Text;

namespace PainPumpInfo.Content.Pumps;

/// <summary>Text from a data file put into generated Markdown: every ASCII punctuation mark escaped, so it stays text.</summary>
public static class MarkdownText
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == ' ' || c > '\u007f') escaped.Append(c);
            else if (char.IsControl(c)) escaped.Append(' ');
            else escaped.Append('\\').Append(c);
        }
        return escaped.ToString();
    }
}
