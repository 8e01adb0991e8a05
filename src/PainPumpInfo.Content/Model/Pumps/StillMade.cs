namespace PainPumpInfo.Content.Model.Pumps;

/// <summary>Whether the maker still makes a model: only yes or no when a source says so.</summary>
public enum StillMade
{
    Unknown,
    Yes,
    No,
}
