namespace PainPumpInfo.Content.Loading;

/// <summary>Levenshtein distance, for suggesting the field or page an editor probably meant.</summary>
public static class EditDistance
{
    public static int Between(string a, string b)
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

    /// <summary>The candidate nearest to a misspelt name, if one is at most <paramref name="maxEdits"/> edits away, for "did you mean".</summary>
    public static string? Closest(string name, IEnumerable<string> candidates, int maxEdits = 2) =>
        candidates.Select(candidate => (candidate, distance: Between(name.ToLowerInvariant(), candidate)))
            .Where(x => x.distance <= maxEdits)
            .OrderBy(x => x.distance)
            .Select(x => x.candidate)
            .FirstOrDefault();
}
