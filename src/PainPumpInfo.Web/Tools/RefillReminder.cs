namespace PainPumpInfo.Web.Tools;

/// <summary>A refill date and how many days before it the patient wants to be reminded: a checked request.</summary>
public sealed record RefillReminder(DateOnly RefillDate, int DaysBefore);
