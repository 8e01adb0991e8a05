using System.Globalization;

namespace PainPumpInfo.Web.Tools;

/// <summary>
/// Checks what the refill reminder form sent. Every problem becomes a message the form shows next to its field;
/// nothing a visitor types can make the calendar file fail.
/// </summary>
public static class RefillFormReader
{
    /// <summary>Longer input is cut before it is shown again: nobody types more into a date or a number.</summary>
    private const int MaxEcho = 40;

    /// <summary>Refills come every few weeks or months; a date further away than this is most likely a typo.</summary>
    private const int MaxDaysAhead = 366;

    /// <param name="today">The earliest date anywhere (see <see cref="EarliestToday"/>).</param>
    /// <returns>The form to show again, and the reminder when the form has no errors.</returns>
    public static (RefillForm Form, RefillReminder? Reminder) Read(string? date, string? days, DateOnly today)
    {
        var dateText = Echo(date);
        var daysText = days is null ? RefillForm.Blank.Days : Echo(days);
        var errors = new List<FormError>();

        DateOnly? refill = null;
        if (dateText.Length == 0)
            errors.Add(new(RefillForm.DateField, "Enter the date of your next refill."));
        else if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            errors.Add(new(RefillForm.DateField, $"Enter the date as year-month-day, for example {Iso(today.AddDays(30))}."));
        else if (parsed < today)
            errors.Add(new(RefillForm.DateField, "That date has passed. Enter the date of your next refill."));
        else if (parsed > today.AddDays(MaxDaysAhead))
            errors.Add(new(RefillForm.DateField, "Enter a date within the next year."));
        else
            refill = parsed;

        int? before = null;
        if (!int.TryParse(daysText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > RefillForm.MaxDays)
            errors.Add(new(RefillForm.DaysField, $"Enter how many days before the refill to remind you: a whole number from 1 to {RefillForm.MaxDays}."));
        else
            before = n;

        if (refill is { } r && before is { } b && r.AddDays(-b) < today)
        {
            var left = r.DayNumber - today.DayNumber;
            errors.Add(new(RefillForm.DaysField, left == 0
                ? "Your refill is today, so a reminder before it would come too late."
                : $"Your refill is {left} day{(left == 1 ? "" : "s")} away, so enter {left} or fewer."));
        }

        var form = new RefillForm(dateText, daysText, errors);
        return errors.Count == 0 ? (form, new RefillReminder(refill!.Value, before!.Value)) : (form, null);
    }

    /// <summary>
    /// Today's date in the time zone where it is earliest (UTC−12). The server does not know the patient's time
    /// zone, so a date is "past" only once it has passed everywhere: an evening in California is already
    /// tomorrow in UTC, and today's refill must still be accepted there.
    /// </summary>
    public static DateOnly EarliestToday(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(-12));

    private static string Echo(string? text)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length > MaxEcho ? trimmed[..MaxEcho] : trimmed;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
