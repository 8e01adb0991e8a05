using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Rendering;

namespace PainPumpInfo.Content.Loading;

/// <summary>
/// Names a parse cache entry by everything an article's parse depends on besides the code that parses: the inputs
/// the loader passes besides the file (glossary, embedded data, size limit), and the file's path and bytes. The code
/// (this build and the libraries it calls, <see cref="Build"/>) names the folder the entry is in (ParseCache.For).
/// Any change to one of them gives a new key or folder, so an entry is never stale, only unused.
/// </summary>
/// <remarks>
/// Nothing else reaches a parse: <c>ArticleParser</c> and the render passes read no clock, environment or other
/// file, and the build runs with invariant globalization, so the culture cannot change a message either.
/// </remarks>
public sealed class ParseCacheKeys
{
    /// <summary>The assemblies whose code turns a file into a <see cref="ParsedFile"/>; builds are deterministic, so their ids change with their code.</summary>
    private static readonly Type[] ParsingCode =
    [
        typeof(ParseCacheKeys),                 // PainPumpInfo.Content
        typeof(Markdig.Markdown),
        typeof(YamlDotNet.Serialization.Deserializer),
        typeof(Ganss.Xss.HtmlSanitizer),
        typeof(AngleSharp.Configuration),
        typeof(AngleSharp.Css.Dom.CssRuleType), // HtmlSanitizer's CSS parser, a package of its own
        typeof(object),                         // the runtime: regular expressions, encodings, string handling
    ];

    private static readonly Lazy<string> ThisBuild = new(() =>
        string.Join(',', ParsingCode.Select(type => type.Assembly.ManifestModule.ModuleVersionId.ToString("N"))));

    /// <summary>The ids of the parsing code's assemblies: the same for every process of one build.</summary>
    public static string Build => ThisBuild.Value;

    /// <summary>The load's inputs, hashed once per load.</summary>
    private readonly byte[] loadInputs;

    /// <param name="glossary">The terms the articles' glossary links come from.</param>
    /// <param name="embedded">What embeds show; its files' versions (hashes of their text) stand for their content.</param>
    /// <param name="maxFileBytes">The size limit, above which a file is refused rather than parsed.</param>
    public ParseCacheKeys(IReadOnlyList<GlossaryTerm> glossary, EmbeddedData embedded, int maxFileBytes)
    {
        var inputs = new List<string> { embedded.Pumps.Version, embedded.Signs.Version, maxFileBytes.ToString(CultureInfo.InvariantCulture) };
        foreach (var term in glossary)
            inputs.AddRange([term.Term, term.Id, term.Definition, term.OtherSpellings.Count.ToString(CultureInfo.InvariantCulture), .. term.OtherSpellings]);
        loadInputs = Hash(inputs);
    }

    /// <summary>The key of one file's entry: lower-case hex SHA-256, safe as a file name.</summary>
    /// <param name="contentHash">The file's <see cref="ContentHash"/>.</param>
    public string Of(string path, string contentHash) =>
        Convert.ToHexStringLower(Hash([Convert.ToHexString(loadInputs), path, contentHash]));

    /// <summary>Each part is prefixed with its length, so no two different lists of parts hash the same text.</summary>
    private static byte[] Hash(IEnumerable<string> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
            text.Append(part.Length).Append(':').Append(part);
        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
