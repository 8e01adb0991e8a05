namespace PainPumpInfo.Content.Model;

public enum Severity
{
    Warning,
    Error,
}
