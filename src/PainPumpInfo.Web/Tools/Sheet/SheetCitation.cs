using System.Globalization;

namespace PainPumpInfo.Web.Tools.Sheet;

/// <summary>One numbered citation on the emergency sheet, linking to its entry in the sheet's source list and back.</summary>
/// <param name="Occurrence">How many times this source has been cited up to here (1 for the first): makes each id unique.</param>
public sealed record SheetCitation(int Number, string Key, int Occurrence)
{
    public string Id => $"sheet-cite-{Key}-{Occurrence}";

    public string Href => "#" + SourceId(Key);

    public string Label => Number.ToString(CultureInfo.InvariantCulture);

    public static string SourceId(string key) => "sheet-source-" + key;
}
