using System.Globalization;

namespace PainPumpInfo.Web.Pages;

/// <summary>Dates as US readers write them, and as machines read them.</summary>
public static class DisplayDate
{
    public static string Long(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
