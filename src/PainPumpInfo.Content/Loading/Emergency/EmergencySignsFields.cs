namespace PainPumpInfo.Content.Loading.Emergency;

/// <summary>The fields emergency-signs.yml may use at each level, and what each should hold (said in editors' words).</summary>
public static class EmergencySignsFields
{
    public static readonly IReadOnlyDictionary<string, string> File = new Dictionary<string, string>
    {
        ["last_reviewed"] = "a date written as YYYY-MM-DD, like 2026-11-30",
        ["sources"] = "a list of sources, each with a key, a title and a url",
        ["medicines"] = "a list of medicines, each with a key, a name and lists of signs",
        ["naloxone"] = "'reverses:' and 'does_not_reverse:', each a list of text with sources",
        ["contacts"] = "a list of phone lines, each with a name, a phone and sources",
    };

    public static readonly IReadOnlyDictionary<string, string> Medicine = new Dictionary<string, string>
    {
        ["key"] = "a short name in lower-case letters, digits and hyphens, like baclofen",
        ["name"] = "the medicine's name as patients know it, like Ziconotide (Prialt)",
        ["lists"] = "a list of sign lists, each with a key, kind, callout, title, signs and action",
        ["notes"] = "a list of short notes for emergency staff, each with text and sources",
    };

    public static readonly IReadOnlyDictionary<string, string> List = new Dictionary<string, string>
    {
        ["key"] = "a short name in lower-case letters, digits and hyphens, like baclofen-withdrawal (articles embed it as :::emergency-signs baclofen-withdrawal)",
        ["kind"] = "overdose, withdrawal or other",
        ["callout"] = "urgent (act now) or warning (call the care team today)",
        ["title"] = "the box's heading, like Signs of baclofen withdrawal",
        ["signs"] = "a list of signs, each with text and sources",
        ["action"] = "the one instruction that closes the box, like Call 911 now.",
    };

    public static readonly IReadOnlyDictionary<string, string> Sign = new Dictionary<string, string>
    {
        ["text"] = "the sign in plain words, like slow or shallow breathing",
        ["stage"] = "early or later, when the source says when the sign shows up",
        ["sources"] = "a list of source keys from the sources at the top, like [lioresal-safety]",
    };

    public static readonly IReadOnlyDictionary<string, string> Text = new Dictionary<string, string>
    {
        ["text"] = "one or two plain sentences",
        ["sources"] = "a list of source keys from the sources at the top, like [lioresal-overdosage]",
    };

    public static readonly IReadOnlyDictionary<string, string> Naloxone = new Dictionary<string, string>
    {
        ["reverses"] = "a list of what naloxone reverses, each with text and sources",
        ["does_not_reverse"] = "a list of what naloxone does not reverse, each with text and sources",
    };

    public static readonly IReadOnlyDictionary<string, string> Contact = new Dictionary<string, string>
    {
        ["name"] = "who answers and who the line is for",
        ["phone"] = "the number as the source gives it, like 1-800-510-6735",
        ["makers"] = "the pump makers it serves, like [Medtronic]; leave it out for every pump",
        ["sources"] = "a list of source keys from the sources at the top",
    };
}
