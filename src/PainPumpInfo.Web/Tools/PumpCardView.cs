using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Emergency;
using PainPumpInfo.Content.Model.Pumps;
using PainPumpInfo.Web.Tools.Sheet;

namespace PainPumpInfo.Web.Tools;

/// <summary>
/// What /my-pump-card shows: the form (blank, or as filled in), and either the patient's card and sheet or the
/// blank ones to fill in by hand.
/// </summary>
/// <param name="Card">The filled card; null on the blank page and when the form has errors.</param>
/// <param name="Sheet">The emergency sheet for <see cref="Card"/>, or the blank one with every medicine.</param>
/// <param name="Pumps">The models the form offers to pick from; with none, the pump is typed in.</param>
/// <param name="Origin">The site's address, printed on the sheet so staff know where it came from.</param>
/// <param name="IdCardArticle">The article about carrying an ID card, when the site has it.</param>
/// <param name="EmergencyArticle">The article for emergency staff and caregivers, when the site has it.</param>
public sealed record PumpCardView(
    PumpCardForm Form,
    PumpCard? Card,
    EmergencySheet Sheet,
    EmergencySigns Signs,
    PumpCatalog Pumps,
    SiteSettings Site,
    string Origin,
    Article? IdCardArticle,
    Article? EmergencyArticle)
{
    public const string IdCardRoute = "living-with-a-pump/id-card-and-your-doctors";
    public const string EmergencyRoute = "risks/for-emergency-staff-and-caregivers";

    public bool IsFilled => Card is not null;

    /// <summary>Where a problem with the medicines is shown: the first checkbox, or the "other medicines" input when there is no list.</summary>
    public string MedicinesFieldId => MedicinesField(Signs);

    public static string MedicinesField(EmergencySigns signs) =>
        signs.Medicines.Count > 0 ? PumpCardForm.MedicineId(signs.Medicines[0].Key) : PumpCardForm.OtherMedicinesField;
}
