using PainPumpInfo.Content.Model.Emergency;
using PainPumpInfo.Content.Rendering;

namespace PainPumpInfo.Web.Tools;

/// <summary>
/// Checks what the pump card form sent. Every problem becomes a message next to its field; the only required
/// answer is which medicine is in the pump, since the emergency sheet is built around it.
/// </summary>
public static class PumpCardFormReader
{
    /// <param name="today">The earliest date anywhere (see <see cref="RefillDate.EarliestToday"/>).</param>
    /// <returns>The form to show again, and the card when the form has no errors.</returns>
    public static (PumpCardForm Form, PumpCard? Card) Read(IFormCollection form, EmbeddedData data, DateOnly today)
    {
        var signs = data.Signs;
        var errors = new List<FormError>();
        string Text(string field, int max = PumpCardForm.MaxText)
        {
            var value = Plain(form[field].ToString());
            if (value.Length <= max) return value;
            errors.Add(new(field, $"Keep it to {max} characters or fewer, so it fits on the card."));
            return value[..max];
        }
        string Phone(string field)
        {
            var value = Text(field, PumpCardForm.MaxPhone);
            if (value.Length > 0 && !IsPhone(value))
                errors.Add(new(field, "Enter a phone number using digits, spaces, brackets, + and - only."));
            return value;
        }

        var name = Text(PumpCardForm.NameField);
        var modelKey = form[PumpCardForm.PumpModelField].ToString().Trim();
        var model = data.Pumps.Model(modelKey);
        if (modelKey.Length > 0 && model is null)
        {
            errors.Add(new(PumpCardForm.PumpModelField, "Choose a pump from the list, or type its make and model below it."));
            modelKey = "";
        }
        var pumpName = Text(PumpCardForm.PumpNameField);
        var picked = form[PumpCardForm.MedicinesField].Select(v => (v ?? "").Trim()).Where(v => v.Length > 0).Distinct().Take(signs.Medicines.Count + 1).ToArray();
        var otherMedicines = Text(PumpCardForm.OtherMedicinesField);
        var medicines = picked.Select(signs.Medicine).OfType<MedicineSigns>().ToArray();
        var firstMedicine = PumpCardView.MedicinesField(signs);
        if (medicines.Length != picked.Length)
            errors.Add(new(firstMedicine, "Choose medicines from the list, or type them under other medicines."));
        else if (medicines.Length == 0 && otherMedicines.Length == 0)
            errors.Add(new(firstMedicine, "Choose the medicine in your pump, or type its name under other medicines."));
        var dose = Text(PumpCardForm.DoseField);
        var clinic = Text(PumpCardForm.ClinicField);
        var clinicPhone = Phone(PumpCardForm.ClinicPhoneField);
        var refillText = Text(PumpCardForm.RefillDateField, 40);
        var refill = RefillDate.Read(refillText, today, PumpCardForm.RefillDateField, errors);
        var contactName = Text(PumpCardForm.ContactNameField);
        var contactPhone = Phone(PumpCardForm.ContactPhoneField);

        var filled = new PumpCardForm(name, modelKey, pumpName, picked.Where(p => signs.Medicine(p) is not null).ToArray(), otherMedicines, dose,
            clinic, clinicPhone, refillText, contactName, contactPhone, errors);
        if (errors.Count > 0) return (filled, null);
        return (filled, new PumpCard(name, model, pumpName, medicines, otherMedicines, dose, clinic, clinicPhone, refill, contactName, contactPhone));
    }

    /// <summary>Digits and the usual separators, with enough digits to be a number at all.</summary>
    private static bool IsPhone(string text) =>
        text.Count(char.IsAsciiDigit) >= 3 && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '-' or '(' or ')' or '.');

    /// <summary>One line, single spaces, no control characters: what a card can print.</summary>
    private static string Plain(string text) =>
        string.Join(' ', new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
