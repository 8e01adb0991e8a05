namespace PainPumpInfo.Content.Model.Emergency;

/// <summary>What a list of signs warns of; the emergency sheet groups lists by it.</summary>
public enum SignKind
{
    Overdose,
    Withdrawal,
    Other,
}
