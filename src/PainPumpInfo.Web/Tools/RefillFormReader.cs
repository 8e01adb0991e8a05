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

    /// <param name="today">The earliest date anywhere (see <see cref="RefillDate.EarliestToday"/>).</param>
    /// <returns>The form to show again, and the reminder when the form has no errors.</returns>
    public static (RefillForm Form, RefillReminder? Reminder) Read(string? date, string? days, DateOnly today)
    {
        var dateText = Echo(date);
        var daysText = days is null ? RefillForm.Blank.Days : Echo(days);
        var errors = new List<FormError>();

        var refill = RefillDate.Read(dateText, today, RefillForm.DateField, errors);
        if (dateText.Length == 0)
            errors.Add(new(RefillForm.DateField, "Enter the date of your next refill."));

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

    private static string Echo(string? text)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length > MaxEcho ? trimmed[..MaxEcho] : trimmed;
    }
}
