namespace PainPumpInfo.Web.Tools;

/// <summary>The refill reminder form as the patient filled it in, and what to fix (nothing on a blank form).</summary>
/// <param name="Date">The date as typed (an input of type date sends YYYY-MM-DD).</param>
/// <param name="Days">How many days before the refill to remind, as typed.</param>
public sealed record RefillForm(string Date, string Days, IReadOnlyList<FormError> Errors)
{
    public const string DateField = "date";
    public const string DaysField = "days";
    public const int DefaultDays = 7;
    public const int MaxDays = 60;

    public static RefillForm Blank { get; } = new("", DefaultDays.ToString(System.Globalization.CultureInfo.InvariantCulture), []);

    public FormError? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field);
}
