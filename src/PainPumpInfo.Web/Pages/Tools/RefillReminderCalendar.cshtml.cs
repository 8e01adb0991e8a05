using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PainPumpInfo.Web.Hosting;
using PainPumpInfo.Web.Tools;

namespace PainPumpInfo.Web.Pages.Tools;

/// <summary>
/// <c>/refill-reminder.ics?date=YYYY-MM-DD&amp;days=N</c>: the calendar file as a download, or, when the date or
/// the days are missing or wrong, the form again with what to fix (400). Never stored anywhere: it holds a
/// patient's date.
/// </summary>
public sealed class RefillReminderCalendarModel(SiteOrigin origin, TimeProvider clock) : PageModel
{
    public RefillReminderView View { get; private set; } = new(RefillForm.Blank, null);

    public IActionResult OnGet(string? date, string? days)
    {
        PrivateAnswer.NeverStore(HttpContext);
        var snapshot = HttpContext.Snapshot();
        var (form, reminder) = RefillFormReader.Read(date, days, RefillDate.EarliestToday(clock));
        if (reminder is null)
        {
            View = new RefillReminderView(form, snapshot.Find(RefillReminderView.RefillsRoute));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var from = origin.Url(Request, ToolRoutes.RefillReminder);
        var file = RefillCalendar.Write(reminder, snapshot.Site.SiteName, from, clock.GetUtcNow());
        return File(file, RefillCalendar.ContentType, RefillCalendar.FileName(reminder));
    }
}
