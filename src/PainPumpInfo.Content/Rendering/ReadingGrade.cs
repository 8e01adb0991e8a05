using System.Text.RegularExpressions;

namespace PainPumpInfo.Content.Rendering;

/// <summary>
/// Flesch–Kincaid grade level of prose blocks. Each block (paragraph, list item) ends a sentence even without
/// a full stop, so short list items are not read as one endless sentence.
/// </summary>
public static partial class ReadingGrade
{
    public static double Of(IEnumerable<string> blocks)
    {
        double words = 0, sentences = 0, syllables = 0;
        foreach (var block in blocks)
        {
            var blockWords = Word().Matches(block);
            if (blockWords.Count == 0) continue;
            var blockSentences = SentenceEnd().Split(block).Count(part => Word().IsMatch(part));
            sentences += Math.Max(1, blockSentences);
            words += blockWords.Count;
            syllables += blockWords.Sum(w => Syllables(w.Value));
        }
        return words == 0 ? 0 : 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
    }

    /// <summary>Vowel groups, minus a silent final 'e' (but not '-le'), at least one.</summary>
    public static int Syllables(string word)
    {
        var letters = new string(word.ToLowerInvariant().Where(c => c is >= 'a' and <= 'z').ToArray());
        if (letters.Length == 0) return 1;
        var count = VowelGroup().Count(letters);
        if (letters.EndsWith('e') && !letters.EndsWith("le") && count > 1) count--;
        return Math.Max(1, count);
    }

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9'’-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?]+(?:\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();
}
