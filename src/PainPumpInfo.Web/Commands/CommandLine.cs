namespace PainPumpInfo.Web.Commands;

/// <summary>The little option parsing the commands need: <c>--name value</c> pairs after the command's word.</summary>
public static class CommandLine
{
    public static string? OptionValue(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
