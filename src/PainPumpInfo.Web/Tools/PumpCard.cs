using PainPumpInfo.Content.Model.Emergency;
using PainPumpInfo.Content.Model.Pumps;

namespace PainPumpInfo.Web.Tools;

/// <summary>A checked pump card: what the wallet card and the emergency sheet show. Empty text means "not given".</summary>
/// <param name="Model">The pump model picked from the site's list, whose MRI rule the sheet shows; null when none was picked.</param>
/// <param name="PumpName">The make and model as typed, for a pump not in the list.</param>
/// <param name="Medicines">The medicines picked from the emergency signs, whose signs the sheet lists.</param>
/// <param name="OtherMedicines">Medicines typed in, which the site has no signs for.</param>
public sealed record PumpCard(
    string Name,
    PumpModel? Model,
    string PumpName,
    IReadOnlyList<MedicineSigns> Medicines,
    string OtherMedicines,
    string Dose,
    string Clinic,
    string ClinicPhone,
    DateOnly? RefillDate,
    string ContactName,
    string ContactPhone)
{
    /// <summary>The pump as the card names it: the model picked, with its model numbers, or what was typed.</summary>
    public string PumpLine => Model?.FullNameWithNumbers ?? PumpName;

    /// <summary>Every medicine in the pump, as the card lists them.</summary>
    public string MedicineNames =>
        string.Join(", ", Medicines.Select(m => m.Name).Append(OtherMedicines).Where(n => n.Length > 0));

    public string ClinicLine => Line(Clinic, ClinicPhone);

    public string ContactLine => Line(ContactName, ContactPhone);

    private static string Line(string name, string phone) => string.Join(", ", new[] { name, phone }.Where(s => s.Length > 0));
}
