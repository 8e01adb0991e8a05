namespace PainPumpInfo.Content.Model;

/// <summary>A navigation group as named in site.yml: the key articles use in <c>section:</c>, and its title.</summary>
public sealed record SectionInfo(string Key, string Title);
