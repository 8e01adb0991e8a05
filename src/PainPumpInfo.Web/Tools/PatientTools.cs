using PainPumpInfo.Content;

namespace PainPumpInfo.Web.Tools;

/// <summary>The patient tools the navigation lists: the site's own two, and the decision aid once its article exists.</summary>
public static class PatientTools
{
    /// <summary>The home page section the header's "Tools" link leads to.</summary>
    public const string HomeAnchor = "patient-tools";

    public static IReadOnlyList<ToolLink> For(ContentSnapshot snapshot)
    {
        List<ToolLink> tools =
        [
            new("My pump card and emergency sheet", ToolRoutes.PumpCard, "A wallet card and a one-page sheet for emergency staff, to print. Nothing you type is kept."),
            new("Refill reminder", ToolRoutes.RefillReminder, "Your next refill in your calendar, with a reminder, and a refill log to print."),
        ];
        // An article a writer keeps: listed with the tools while it is published, and silently not when it is not.
        if (snapshot.Find(ToolRoutes.DecisionAidArticle) is { } aid)
            tools.Add(new(aid.Title, aid.Url, aid.FrontMatter.Description));
        return tools;
    }
}
