namespace PainPumpInfo.Content.Model;

/// <summary>A glossary entry from content/glossary.yml; <see cref="Id"/> is its anchor on /glossary.</summary>
public sealed record GlossaryTerm(string Term, string Definition, IReadOnlyList<string> OtherSpellings, string Id)
{
    /// <summary>
    /// By value, spellings included. A record compares the list by reference, so no two loads of the same
    /// glossary were ever equal, and the loader, which reuses rendered articles only while the glossary is
    /// unchanged, rendered every article again on every save.
    /// </summary>
    public bool Equals(GlossaryTerm? other) =>
        other is not null
        && Term == other.Term
        && Definition == other.Definition
        && Id == other.Id
        && OtherSpellings.SequenceEqual(other.OtherSpellings);

    public override int GetHashCode() => HashCode.Combine(Term, Definition, Id, OtherSpellings.Count);
}
