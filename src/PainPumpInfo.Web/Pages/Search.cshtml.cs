using Microsoft.AspNetCore.Mvc.RazorPages;
using PainPumpInfo.Content;
using PainPumpInfo.Content.SiteSearch;
using PainPumpInfo.Web.Hosting;

namespace PainPumpInfo.Web.Pages;

/// <summary>
/// Site search, rendered on the server from the current snapshot's index. Whatever is typed, the page answers
/// 200 with results or a plain reason why there are none: the index never parses query syntax.
/// </summary>
public sealed class SearchModel : PageModel
{
    public ContentSnapshot Snapshot => HttpContext.Snapshot();

    public SearchResults Results { get; private set; } = SearchResults.None("", false, false);

    /// <summary>The value of <c>spelling</c> that searches for exactly what was typed, typos and all.</summary>
    public const string ExactSpelling = "exact";

    public async Task OnGetAsync(string? q, string? spelling)
    {
        // Awaited, not waited on: at start-up the index may still be building, and this thread serves other
        // connections too (see InlineSocketIo).
        var index = await Snapshot.Search;
        Results = index.Search(q, exactSpelling: spelling == ExactSpelling);
    }
}
