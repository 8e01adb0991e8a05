using PainPumpInfo.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PainPumpInfo.Content.Loading;

/// <summary>Typed YAML reading with the project's safety settings, turning every failure into a diagnostic.</summary>
public static class YamlReader
{
    // Built once: the deserializer is immutable and safe to share.
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties() // unknown keys are reported as warnings by the caller instead
        .WithDuplicateKeyChecking()
        .WithMaximumRecursion(YamlKeyScanner.MaxDepth * 2)
        .Build();

    public static T? Read<T>(YamlText yaml, List<Diagnostic> diagnostics) where T : class =>
        Read<T>(yaml, [], _ => null, diagnostics);

    /// <param name="describeField">Names what a top-level field should hold, for wrong-type messages.</param>
    public static T? Read<T>(YamlText yaml, IReadOnlyList<YamlKey> keys, Func<string, string?> describeField, List<Diagnostic> diagnostics)
        where T : class
    {
        try
        {
            return Deserializer.Deserialize<T>(yaml.Text);
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Describe(yaml, keys, describeField, ex));
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet reports some malformed input without a position.
            diagnostics.Add(new Diagnostic(yaml.Path, yaml.FirstLine, 1, Severity.Error, $"YAML error: {ex.Message}",
                "check the indentation and close every [ { and quote"));
            return null;
        }
    }

    private static Diagnostic Describe(YamlText yaml, IReadOnlyList<YamlKey> keys, Func<string, string?> describeField, YamlException ex)
    {
        var line = yaml.FileLine(Math.Max(1, ex.Start.Line));
        var column = (int)Math.Max(1, ex.Start.Column);
        // The field at fault is the last top-level key that starts at or before the error.
        var key = keys.LastOrDefault(k => k.Line < line || (k.Line == line && k.Column <= column));
        var expected = key is null ? null : describeField(key.Name);
        if (key is not null && expected is not null)
        {
            var found = ex.InnerException is FormatException or InvalidCastException or System.Reflection.TargetInvocationException
                ? "" : $" ({ex.Message})";
            return new Diagnostic(yaml.Path, line, column, Severity.Error,
                $"'{key.Name}' has the wrong type: it should be {expected}{found}", $"fix the value of '{key.Name}' on line {key.Line}");
        }
        return new Diagnostic(yaml.Path, line, column, Severity.Error, $"YAML error: {ex.Message}",
            "check the indentation and the value on this line");
    }
}
