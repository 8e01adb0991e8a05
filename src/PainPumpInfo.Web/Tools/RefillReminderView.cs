using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Web.Tools;

/// <summary>What the refill reminder page shows: the form as filled in, and the refills article when the site has it.</summary>
public sealed record RefillReminderView(RefillForm Form, Article? RefillsArticle)
{
    /// <summary>The meta description of the form page and of the form shown again with errors.</summary>
    public const string Description = "Put your next pump refill in your calendar with a reminder, and print a refill log.";

    public const string RefillsRoute = "living-with-a-pump/refills";

    /// <summary>How many empty rows the printable refill log has: a year of refills every month, with room to spare.</summary>
    public const int LogRows = 14;
}
