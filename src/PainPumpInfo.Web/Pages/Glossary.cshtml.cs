using Microsoft.AspNetCore.Mvc.RazorPages;
using PainPumpInfo.Content;
using PainPumpInfo.Web.Hosting;

namespace PainPumpInfo.Web.Pages;

/// <summary>Every glossary term with its definition, each with an anchor that articles link to.</summary>
public sealed class GlossaryModel : PageModel
{
    public ContentSnapshot Snapshot => HttpContext.Snapshot();
}
