using System.Text.RegularExpressions;

namespace PainPumpInfo.Content.Validation;

/// <summary>
/// Flesch–Kincaid grade level of prose blocks. Each block (paragraph, list item) ends a sentence even without
/// a full stop, so short list items are not read as one endless sentence.
/// </summary>
public static partial class ReadingGrade
{
    public static double Of(IEnumerable<string> blocks)
    {
        // Match positions and spans rather than Match objects and strings: every article is graded on every load.
        double words = 0, sentences = 0, syllables = 0;
        foreach (var block in blocks)
        {
            var blockWords = 0;
            foreach (var word in Word().EnumerateMatches(block))
            {
                blockWords++;
                syllables += Syllables(block.AsSpan(word.Index, word.Length));
            }
            if (blockWords == 0) continue;
            words += blockWords;
            sentences += Math.Max(1, SentencesIn(block));
        }
        return words == 0 ? 0 : 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
    }

    /// <summary>Vowel groups, minus a silent final 'e' (but not '-le'), at least one.</summary>
    private static int Syllables(ReadOnlySpan<char> word)
    {
        Span<char> letters = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z') letters[length++] = lower;
        }
        letters = letters[..length];
        if (length == 0) return 1;
        var count = VowelGroup().Count(letters);
        if (letters[^1] == 'e' && !letters.EndsWith("le") && count > 1) count--;
        return Math.Max(1, count);
    }

    /// <summary>The stretches between sentence ends that hold at least one word.</summary>
    private static int SentencesIn(string block)
    {
        var sentences = 0;
        var start = 0;
        foreach (var end in SentenceEnd().EnumerateMatches(block))
        {
            if (Word().IsMatch(block.AsSpan(start, end.Index - start))) sentences++;
            start = end.Index + end.Length;
        }
        return Word().IsMatch(block.AsSpan(start)) ? sentences + 1 : sentences;
    }

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9'’-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?]+(?:\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroup();
}
