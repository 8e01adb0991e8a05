using Microsoft.AspNetCore.Mvc.RazorPages;
using PainPumpInfo.Content;
using PainPumpInfo.Web.Hosting;

namespace PainPumpInfo.Web.Pages;

/// <summary>Home: what the site is, and every section with its articles in reading order.</summary>
public sealed class IndexModel(ContentStore store) : PageModel
{
    public ContentSnapshot Snapshot { get; } = store.Current;
}
