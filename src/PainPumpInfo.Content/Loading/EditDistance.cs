namespace PainPumpInfo.Content.Loading;

/// <summary>Levenshtein distance, for suggesting the field or page an editor probably meant.</summary>
public static class EditDistance
{
    private static int Between(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>
    /// The candidate nearest to what an editor wrote, for "did you mean"; null when none is near enough to be a
    /// likely slip (two edits, or a third of the word for long words).
    /// </summary>
    public static string? Closest(string written, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, written.Length / 3);
        return candidates
            .Select(candidate => (candidate, distance: Between(written.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .Where(x => x.distance <= limit)
            .OrderBy(x => x.distance)
            .Select(x => x.candidate)
            .FirstOrDefault();
    }
}
