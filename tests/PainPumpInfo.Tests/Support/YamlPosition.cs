namespace PainPumpInfo.Tests.Support;

/// <summary>Where a piece of text stands in a file, as check reports it: "line:column", both 1-based.</summary>
public static class YamlPosition
{
    public static string Of(string text, string needle, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(needle, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{needle}' not found {occurrence} time(s)");
        }
        var line = text[..index].Count(c => c == '\n') + 1;
        var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        if (index == 0) column = 1;
        return $"{line}:{column}";
    }
}
