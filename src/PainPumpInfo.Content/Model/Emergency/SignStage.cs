namespace PainPumpInfo.Content.Model.Emergency;

/// <summary>When a sign shows up, where a source says so (baclofen withdrawal has early and later signs).</summary>
public enum SignStage
{
    Any,
    Early,
    Later,
}
