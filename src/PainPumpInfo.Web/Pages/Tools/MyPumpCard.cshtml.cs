using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PainPumpInfo.Content;
using PainPumpInfo.Web.Hosting;
using PainPumpInfo.Web.Tools;
using PainPumpInfo.Web.Tools.Sheet;

namespace PainPumpInfo.Web.Pages.Tools;

/// <summary>
/// /my-pump-card. GET: the form, and a blank card and sheet to fill in by hand. POST: the patient's wallet card
/// and emergency sheet, built for this one answer and then forgotten: never stored, logged or cached, and no cookie.
/// </summary>
/// <remarks>
/// Antiforgery is off: its token would need a cookie, and the form changes nothing on the server (it only
/// answers with a page built from what was sent), so there is nothing for a forged request to do.
/// </remarks>
[IgnoreAntiforgeryToken]
[RequestSizeLimit(MaxBody)]
[RequestFormLimits(ValueCountLimit = 64, KeyLengthLimit = 64, ValueLengthLimit = 1024, MultipartBodyLengthLimit = MaxBody)]
public sealed class MyPumpCardModel(SiteOrigin origin, TimeProvider clock) : PageModel
{
    /// <summary>Far more than the form's dozen short fields; a bigger body is refused before it is read.</summary>
    public const int MaxBody = 16 * 1024;

    private ContentSnapshot snapshot => HttpContext.Snapshot();

    public PumpCardView View { get; private set; } = null!;

    public void OnGet() => View = ViewOf(PumpCardForm.Blank, null);

    public async Task<IActionResult> OnPostAsync()
    {
        PrivateAnswer.NeverStore(HttpContext);
        IFormCollection form;
        try
        {
            form = await Request.ReadFormAsync(HttpContext.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or InvalidOperationException)
        {
            // Too big, too many fields, or not a form at all: the form again, with what went wrong.
            View = ViewOf(PumpCardForm.Blank with { Errors = [new(PumpCardForm.NameField, "The form could not be read. Please fill it in again.")] }, null);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var (filled, card) = PumpCardFormReader.Read(form, new(snapshot.Pumps, snapshot.EmergencySigns), RefillDate.EarliestToday(clock));
        View = ViewOf(filled, card);
        if (card is null) Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private PumpCardView ViewOf(PumpCardForm form, PumpCard? card)
    {
        var signs = snapshot.EmergencySigns;
        var sheet = new EmergencySheetBuilder(new(snapshot.Pumps, signs)).Build(card?.Model, card?.Medicines ?? signs.Medicines);
        return new PumpCardView(form, card, sheet, signs, snapshot.Pumps, snapshot.Site, origin.For(Request),
            snapshot.Find(PumpCardView.IdCardRoute), snapshot.Find(PumpCardView.EmergencyRoute));
    }
}
