namespace PainPumpInfo.Web.Tools;

/// <summary>
/// The addresses of the patient tools. Content's reserved routes hold the same names, so no article can take
/// them (a test keeps the two lists in step).
/// </summary>
public static class ToolRoutes
{
    /// <summary>GET: the form and the blank card and sheet; POST: the filled card and emergency sheet.</summary>
    public const string PumpCard = "/my-pump-card";

    /// <summary>The refill reminder form and the printable refill log.</summary>
    public const string RefillReminder = "/refill-reminder";

    /// <summary><c>?date=YYYY-MM-DD&amp;days=N</c>: the calendar file, or the form again with what to fix.</summary>
    public const string RefillCalendar = "/refill-reminder.ics";

    /// <summary>The decision aid, an article a writer keeps; listed with the tools once it exists.</summary>
    public const string DecisionAidArticle = "deciding/is-a-pump-right-for-me";

    /// <summary>The form pages, which the sitemap and the navigation list (their results are not pages to list).</summary>
    public static IReadOnlyList<string> FormPages { get; } = [PumpCard, RefillReminder];
}
