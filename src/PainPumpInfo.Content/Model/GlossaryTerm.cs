namespace PainPumpInfo.Content.Model;

/// <summary>A glossary entry from content/glossary.yml; <see cref="Id"/> is its anchor on /glossary.</summary>
public sealed record GlossaryTerm(string Term, string Definition, IReadOnlyList<string> OtherSpellings, string Id);
