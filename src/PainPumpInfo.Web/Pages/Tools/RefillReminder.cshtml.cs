using Microsoft.AspNetCore.Mvc.RazorPages;
using PainPumpInfo.Web.Hosting;
using PainPumpInfo.Web.Tools;

namespace PainPumpInfo.Web.Pages.Tools;

/// <summary>The refill reminder form, which downloads a calendar file, and a refill log to print.</summary>
public sealed class RefillReminderModel : PageModel
{
    public RefillReminderView View => new(RefillForm.Blank, HttpContext.Snapshot().Find(RefillReminderView.RefillsRoute));
}
