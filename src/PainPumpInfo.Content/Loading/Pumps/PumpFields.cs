namespace PainPumpInfo.Content.Loading.Pumps;

/// <summary>The fields pumps.yml may use at each level, and what each should hold (said in editors' words).</summary>
public static class PumpFields
{
    public static readonly IReadOnlyDictionary<string, string> File = new Dictionary<string, string>
    {
        ["last_reviewed"] = "a date written as YYYY-MM-DD, like 2026-11-30",
        ["sources"] = "a list of sources, each with a key, a title and a url",
        ["facts"] = "a list of facts, each with a key and a label",
        ["models"] = "a list of pump models",
    };

    public static readonly IReadOnlyDictionary<string, string> Fact = new Dictionary<string, string>
    {
        ["key"] = "a short name in lower-case letters, digits and hyphens, like mri",
        ["label"] = "what readers see, like MRI scans",
        ["article"] = "the route of the article about it, like living-with-a-pump/alarms",
    };

    public static readonly IReadOnlyDictionary<string, string> Model = new Dictionary<string, string>
    {
        ["key"] = "a short name in lower-case letters, digits and hyphens, like synchromed-ii (it becomes /pumps/synchromed-ii)",
        ["name"] = "the model's name, like SynchroMed II",
        ["maker"] = "the company, like Medtronic",
        ["model_numbers"] = "a list of model numbers, like [\"8637\"]",
        ["still_made"] = "yes, no or unknown",
        ["status"] = "text and sources about its history, like any fact",
        ["facts"] = "one entry per fact, like 'mri:' with text and sources, or 'unknown: true'",
    };

    public static readonly IReadOnlyDictionary<string, string> Value = new Dictionary<string, string>
    {
        ["text"] = "what is known, in plain words",
        ["sources"] = "a list of source keys from the sources at the top, like [synchromed-ii-key-points]",
        ["unknown"] = "true, when nobody could confirm this fact",
    };
}
