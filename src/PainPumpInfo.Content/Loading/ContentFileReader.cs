using System.Text;
using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Content.Loading;

/// <summary>Reads a content file as UTF-8 text, refusing what is too big, binary or not UTF-8.</summary>
public static class ContentFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The text with any BOM removed and line ends made \n, or null (a diagnostic says why).</returns>
    public static string? Decode(string path, byte[] bytes, int maxBytes, List<Diagnostic> diagnostics)
    {
        if (bytes.Length > maxBytes)
        {
            diagnostics.Add(new Diagnostic(path, 1, 1, Severity.Error,
                $"the file is {bytes.Length / 1024} KB; the limit is {maxBytes / 1024} KB",
                "split it into several articles (the limit is set by Site:MaxContentFileBytes)"));
            return null;
        }
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            diagnostics.Add(new Diagnostic(path, LineOf(bytes, nul), 1, Severity.Error,
                "the file is not text (it contains binary data)", "save it as plain UTF-8 text, or remove it from content/"));
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            diagnostics.Add(new Diagnostic(path, LineOf(bytes, Math.Max(0, ex.Index)), 1, Severity.Error,
                "the file is not valid UTF-8 text", "save it again with the UTF-8 encoding (most editors offer it under 'Save as')"));
            return null;
        }
        return text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n');
    }

    private static int LineOf(byte[] bytes, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') line++;
        return line;
    }
}
