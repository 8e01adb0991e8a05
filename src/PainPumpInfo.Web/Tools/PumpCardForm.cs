namespace PainPumpInfo.Web.Tools;

/// <summary>
/// The pump card form as the patient filled it in (every value as typed, cut to its length), and what to fix.
/// It only ever lives for one request: nothing here is stored.
/// </summary>
public sealed record PumpCardForm(
    string Name,
    string PumpModel,
    string PumpName,
    IReadOnlyList<string> Medicines,
    string OtherMedicines,
    string Dose,
    string Clinic,
    string ClinicPhone,
    string RefillDate,
    string ContactName,
    string ContactPhone,
    IReadOnlyList<FormError> Errors)
{
    public const string NameField = "name";
    public const string PumpModelField = "pump_model";
    public const string PumpNameField = "pump_name";
    public const string MedicinesField = "medicines";
    public const string OtherMedicinesField = "other_medicines";
    public const string DoseField = "dose";
    public const string ClinicField = "clinic";
    public const string ClinicPhoneField = "clinic_phone";
    public const string RefillDateField = "refill_date";
    public const string ContactNameField = "contact_name";
    public const string ContactPhoneField = "contact_phone";

    /// <summary>Short enough to fit the card in its small print.</summary>
    public const int MaxText = 80;

    public const int MaxPhone = 30;

    public static PumpCardForm Blank { get; } = new("", "", "", [], "", "", "", "", "", "", "", []);

    /// <summary>The id of the first medicine checkbox, where the error summary sends the reader.</summary>
    public static string MedicineId(string key) => "medicine-" + key;

    public FormError? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field);

    public TextField NameInput => Field(NameField, "Your name (optional)", null, Name, autocomplete: "name");

    /// <param name="withList">Whether the form also offers the site's pump models: then the text is for a pump not in the list.</param>
    public TextField PumpNameInput(bool withList) => withList
        ? Field(PumpNameField, "Or type your pump's make and model (optional)", "If your pump is not in the list. It is on the ID card from your pump's maker or clinic.", PumpName)
        : Field(PumpNameField, "Your pump's make and model (optional)", "It is on the ID card from your pump's maker or clinic.", PumpName);

    /// <summary>The text inputs after the medicines, in the order the form asks.</summary>
    public IReadOnlyList<TextField> Others =>
    [
        Field(OtherMedicinesField, "Other medicines in the pump (optional)", "Any medicine in your pump that is not in the list above.", OtherMedicines),
        Field(DoseField, "Strength and daily dose (optional)", "Your clinic can tell you, for example at a refill.", Dose),
        Field(ClinicField, "The clinic that manages your pump (optional)", null, Clinic),
        Field(ClinicPhoneField, "The clinic's phone number (optional)", null, ClinicPhone, "tel"),
        Field(RefillDateField, "Next refill date (optional)", null, RefillDate, "date"),
        Field(ContactNameField, "Emergency contact's name (optional)", "Someone who knows about your pump, such as a family member.", ContactName),
        Field(ContactPhoneField, "Emergency contact's phone number (optional)", null, ContactPhone, "tel"),
    ];

    private TextField Field(string id, string label, string? hint, string value, string type = "text", string autocomplete = "off") =>
        new(id, label, hint, value, ErrorFor(id), type, autocomplete);
}
