using Microsoft.Extensions.Options;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Web.Hosting;

namespace PainPumpInfo.Web.Pages._status;

/// <summary>The staff dashboard of clinical reviews: every page's review state, the most urgent first.</summary>
public sealed class ReviewStatusModel(IOptions<SiteOptions> options, IWebHostEnvironment environment)
    : StatusPageModel(options, environment)
{
    /// <summary>How many pages are in each state, in the order of <see cref="ReviewState"/>, leaving out states no page is in.</summary>
    public IReadOnlyList<(ReviewState State, int Count)> Counts =>
        Snapshot.Reviews.Pages.GroupBy(p => p.State).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToArray();

    /// <summary>The row's class: its state, so the most urgent rows stand out (the state is also written in words).</summary>
    public static string RowClass(ReviewState state) => "review-" + ReviewStateLabel.Of(state).Split(' ')[0];
}
