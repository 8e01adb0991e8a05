namespace PainPumpInfo.Content.Loading;

/// <summary>The front matter exactly as YAML gives it: everything optional, checked afterwards.</summary>
public sealed class FrontMatterYaml
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Section { get; set; }
    public int? Order { get; set; }
    public DateOnly? LastReviewed { get; set; }
    public string? ReviewedBy { get; set; }
    public DateOnly? NextReview { get; set; }
    public List<SourceYaml?>? Sources { get; set; }
    public List<string?>? Aliases { get; set; }
    public List<string?>? Related { get; set; }
    public bool? Draft { get; set; }
}
