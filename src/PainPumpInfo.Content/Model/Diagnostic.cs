namespace PainPumpInfo.Content.Model;

/// <summary>One problem in one content file, addressed the way editors and compilers do: path, line, column.</summary>
/// <param name="Path">Path relative to the content folder, with forward slashes.</param>
/// <param name="Line">1-based line in the file (not in the YAML fragment).</param>
/// <param name="Column">1-based column.</param>
/// <param name="Hint">What to do about it, in plain words; may be empty.</param>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Message, string Hint = "")
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The `check` line: <c>path:line:column: error|warning: message</c>.</summary>
    public override string ToString()
    {
        var kind = IsError ? "error" : "warning";
        var line = $"{Path}:{Line}:{Column}: {kind}: {Message}";
        return Hint.Length == 0 ? line : $"{line} (hint: {Hint})";
    }
}
