namespace PainPumpInfo.Content.Model;

/// <summary>A clinician listed under <c>reviewers:</c> in site.yml, who may record reviews of pages.</summary>
/// <param name="Key">What the <c>review</c> command and reviews.yml call them, e.g. <c>jdoe</c>.</param>
/// <param name="Credentials">As readers should see them, e.g. "MD, pain medicine".</param>
/// <param name="Role">Their role at the clinic, e.g. "Pain physician"; may be empty.</param>
public sealed record Reviewer(string Key, string Name, string Credentials, string Role)
{
    /// <summary>How pages name them: "Jane Doe, MD, pain medicine".</summary>
    public string NameWithCredentials => $"{Name}, {Credentials}";
}
