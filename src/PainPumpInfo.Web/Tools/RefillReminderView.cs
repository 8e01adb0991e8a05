using PainPumpInfo.Content.Model;

namespace PainPumpInfo.Web.Tools;

/// <summary>What the refill reminder page shows: the form as filled in, and the refills article when the site has it.</summary>
public sealed record RefillReminderView(RefillForm Form, Article? RefillsArticle)
{
    public const string RefillsRoute = "living-with-a-pump/refills";

    /// <summary>How many empty rows the printable refill log has: a year of refills every month, with room to spare.</summary>
    public const int LogRows = 14;
}
