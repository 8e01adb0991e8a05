using System.Globalization;
using System.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace PainPumpInfo.Web.Tools;

/// <summary>
/// The refill as an RFC 5545 calendar file, written by Ical.Net: an all-day event on the refill date with a
/// display reminder at 9 in the morning, the chosen number of days before.
/// </summary>
public static class RefillCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>The reminder's time of day: an all-day event starts at midnight, and a reminder then would be missed.</summary>
    public const int ReminderHour = 9;

    public static string FileName(RefillReminder reminder) =>
        "pump-refill-" + reminder.RefillDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".ics";

    /// <param name="from">Where the file came from (the form's address), written into the event so the patient can find it again.</param>
    public static byte[] Write(RefillReminder reminder, string siteName, string from, DateTimeOffset now)
    {
        var refill = new CalendarEvent
        {
            // A random id: the same date typed by two patients must still give two different events.
            Uid = Guid.NewGuid().ToString("D") + "@painpumpinfo",
            DtStamp = new CalDateTime(now.UtcDateTime, hasTime: true),
            Summary = "Pump refill",
            Description = $"Your pump refill visit. Reminder made with {siteName}: {from}",
            Start = new CalDateTime(reminder.RefillDate),
            End = new CalDateTime(reminder.RefillDate.AddDays(1)),
            // An all-day note, not a meeting: it should not mark the whole day busy.
            Transparency = "TRANSPARENT",
        };
        refill.Alarms.Add(new Alarm
        {
            Action = "DISPLAY",
            Description = $"Pump refill in {reminder.DaysBefore} day{(reminder.DaysBefore == 1 ? "" : "s")}, on {reminder.RefillDate.ToString("dddd d MMMM", CultureInfo.InvariantCulture)}",
            // Relative to the event's start (midnight): back the chosen days, then forward to the reminder hour.
            Trigger = new Trigger(-new Duration(null, reminder.DaysBefore > 1 ? reminder.DaysBefore - 1 : null, 24 - ReminderHour, null, null)),
        });

        var calendar = new Ical.Net.Calendar { ProductId = "-//PainPumpInfo//Refill reminder//EN", Method = "PUBLISH" };
        calendar.Events.Add(refill);
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
    }
}
