using System.Globalization;

namespace PainPumpInfo.Web.Tools;

/// <summary>
/// The next refill date as both tools ask for it: year-month-day (what a date input sends), not yet passed, and
/// within a year (refills come every few weeks or months, so a later date is most likely a typo).
/// </summary>
public static class RefillDate
{
    private const int MaxDaysAhead = 366;

    /// <param name="today">The earliest date anywhere (see <see cref="EarliestToday"/>).</param>
    /// <returns>The date, or null when it is empty or wrong (then <paramref name="errors"/> says why, if it is wrong).</returns>
    public static DateOnly? Read(string text, DateOnly today, string field, List<FormError> errors)
    {
        if (text.Length == 0) return null;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            errors.Add(new(field, $"Enter the date as year-month-day, for example {Pages.DisplayDate.Iso(today.AddDays(30))}."));
        else if (date < today)
            errors.Add(new(field, "That date has passed. Enter the date of your next refill."));
        else if (date > today.AddDays(MaxDaysAhead))
            errors.Add(new(field, "Enter a date within the next year."));
        else
            return date;
        return null;
    }

    /// <summary>
    /// Today's date in the time zone where it is earliest (UTC−12). The server does not know the patient's time
    /// zone, so a date is "past" only once it has passed everywhere: an evening in California is already
    /// tomorrow in UTC, and today's refill must still be accepted there.
    /// </summary>
    public static DateOnly EarliestToday(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(-12));
}
