using System.Text;

namespace PainPumpInfo.Content.Loading;

/// <summary>Lower-case words joined by hyphens, for anchors made from names.</summary>
public static class Slug
{
    public static string Of(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().Trim('-');
    }
}
