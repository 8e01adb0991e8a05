using PainPumpInfo.Content.Loading.Positioned;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Emergency;

namespace PainPumpInfo.Content.Loading.Emergency;

/// <summary>
/// content/emergency-signs.yml → <see cref="EmergencySignsFile"/>: every problem becomes a diagnostic at the line
/// and column of the field at fault. Any error means no signs from this version of the file (the loader keeps
/// the last good ones): a half-read list of warning signs must never be shown.
/// </summary>
public static class EmergencySignsParser
{
    private static readonly string[] Kinds = ["overdose", "withdrawal", "other"];
    private static readonly string[] Callouts = ["urgent", "warning"];
    private static readonly string[] Stages = ["early", "later"];

    private const string NoSource = "add sources: [key] with the key of the source that says it; write only what a listed source says";

    public static EmergencySignsFile Parse(string text, string version)
    {
        var diagnostics = new List<Diagnostic>();
        var root = PositionedYamlReader.Read(new YamlText(EmergencySigns.FileName, text, FirstLine: 1), diagnostics);
        if (root is null)
        {
            if (diagnostics.Count == 0)
                diagnostics.Add(new Diagnostic(EmergencySigns.FileName, 1, 1, Severity.Error, "emergency-signs.yml is empty",
                    "start from the example in content/README.md: last_reviewed:, sources: and medicines:"));
            return new EmergencySignsFile(EmergencySigns.Empty, diagnostics);
        }
        var signs = new Reader(new DataFileReader(EmergencySigns.FileName, diagnostics)).Signs(root, version);
        return new EmergencySignsFile(diagnostics.Any(d => d.IsError) || signs is null ? EmergencySigns.Empty : signs, diagnostics);
    }

    private sealed class Reader(DataFileReader file)
    {
        private readonly HashSet<string> cited = new(StringComparer.Ordinal);
        private readonly HashSet<string> listKeys = new(StringComparer.Ordinal);
        private IReadOnlyList<Source> sources = [];

        public EmergencySigns? Signs(PositionedNode root, string version)
        {
            if (file.Map(root, "emergency-signs.yml", "write last_reviewed:, sources:, medicines:, naloxone: and contacts: each at the start of a line") is not { } map)
                return null;
            file.Known(map, EmergencySignsFields.File, "emergency-signs.yml");
            var lastReviewed = file.Date(map, "last_reviewed", "add the date the file was last checked against its sources, like: last_reviewed: 2026-11-30");
            sources = file.Sources(map);
            var medicines = Medicines(map);
            var naloxone = map.Field("naloxone") is { } field ? NaloxoneOf(field) : Naloxone.None;
            var contacts = file.OptionalList(map, "contacts", EmergencySignsFields.File["contacts"]).Select(Contact).OfType<EmergencyContact>().ToArray();
            file.Uncited(map, sources, cited);
            return new EmergencySigns(lastReviewed, sources, medicines, naloxone, contacts, version);
        }

        private List<MedicineSigns> Medicines(PositionedMap map)
        {
            var medicines = new List<MedicineSigns>();
            foreach (var item in file.List(map, "medicines", EmergencySignsFields.File["medicines"]))
            {
                if (file.Map(item, "each medicine", "write each medicine as '- key: baclofen' with name:, lists: and notes: under it") is not { } entry) continue;
                file.Known(entry, EmergencySignsFields.Medicine, "a medicine");
                var key = file.Key(entry, "a medicine", EmergencySignsFields.Medicine["key"]);
                var name = file.Text(entry, "name", "a medicine", EmergencySignsFields.Medicine["name"]);
                var lists = file.OptionalList(entry, "lists", EmergencySignsFields.Medicine["lists"]).Select(SignList).OfType<SignList>().ToArray();
                var notes = file.OptionalList(entry, "notes", EmergencySignsFields.Medicine["notes"])
                    .Select(note => Sourced(note, $"a note of '{key}'")).OfType<SourcedText>().ToArray();
                if (key is null || name is null) continue;
                if (medicines.Any(m => m.Key == key))
                    file.Error(entry.Field("key")!.Value, $"medicine '{key}' is listed twice", "keep one entry per medicine and put all its lists under it");
                else
                    medicines.Add(new MedicineSigns(key, name, lists, notes));
            }
            return medicines;
        }

        private SignList? SignList(PositionedNode item)
        {
            if (file.Map(item, "each list of signs", "write each list as '- key: ...' with kind:, callout:, title:, signs: and action: under it") is not { } entry) return null;
            file.Known(entry, EmergencySignsFields.List, "a list of signs");
            var key = file.Key(entry, "a list of signs", EmergencySignsFields.List["key"]);
            var kind = file.Choice(entry, "kind", "a list of signs", Kinds);
            var callout = file.Choice(entry, "callout", "a list of signs", Callouts);
            var title = file.Text(entry, "title", "a list of signs", EmergencySignsFields.List["title"]);
            var signs = file.List(entry, "signs", EmergencySignsFields.List["signs"]).Select(Sign).OfType<Sign>().ToArray();
            var action = file.Text(entry, "action", "a list of signs", EmergencySignsFields.List["action"]);
            if (key is not null && !listKeys.Add(key))
            {
                file.Error(entry.Field("key")!.Value, $"the list key '{key}' is used twice", "give each list its own key: articles embed a list by its key");
                return null;
            }
            if (key is null || kind is null || callout is null || title is null || action is null || signs.Length == 0) return null;
            return new SignList(key, Enum.Parse<SignKind>(kind, ignoreCase: true), callout, title, signs, action);
        }

        private Sign? Sign(PositionedNode item)
        {
            if (file.Map(item, "each sign", "write each sign as '- text: ...' with 'sources: [key]' under it") is not { } entry) return null;
            file.Known(entry, EmergencySignsFields.Sign, "a sign");
            var text = file.Text(entry, "text", "a sign", EmergencySignsFields.Sign["text"]);
            var stage = entry.Field("stage") is null ? "any" : file.Choice(entry, "stage", "a sign", Stages);
            var keys = Cite(entry, text is null ? "a sign" : $"the sign '{text}'");
            if (text is null || stage is null || keys is null) return null;
            return new Sign(text, Enum.Parse<SignStage>(stage, ignoreCase: true), keys);
        }

        private Naloxone NaloxoneOf(PositionedField field)
        {
            if (file.Map(field.Value, "'naloxone'", "write 'reverses:' and 'does_not_reverse:' on their own lines under it") is not { } map) return Naloxone.None;
            file.Known(map, EmergencySignsFields.Naloxone, "naloxone");
            IReadOnlyList<SourcedText> Texts(string name) => file.OptionalList(map, name, EmergencySignsFields.Naloxone[name])
                .Select(item => Sourced(item, $"an entry of naloxone's '{name}'")).OfType<SourcedText>().ToArray();
            return new Naloxone(Texts("reverses"), Texts("does_not_reverse"));
        }

        private EmergencyContact? Contact(PositionedNode item)
        {
            if (file.Map(item, "each contact", "write each contact as '- name: ...' with phone:, makers: and sources: under it") is not { } entry) return null;
            file.Known(entry, EmergencySignsFields.Contact, "a contact");
            var name = file.Text(entry, "name", "a contact", EmergencySignsFields.Contact["name"]);
            var phone = file.Text(entry, "phone", "a contact", EmergencySignsFields.Contact["phone"]);
            if (phone is not null && (phone.Count(char.IsAsciiDigit) < 3 || phone.Any(c => !(char.IsAsciiDigit(c) || c is '-' or ' ' or '+' or '(' or ')' or '.'))))
            {
                file.Error(entry.Field("phone")!.Value, $"'{phone}' is not a phone number", "write the number as the source gives it, with digits, spaces and hyphens only");
                phone = null;
            }
            var makers = file.OptionalList(entry, "makers", EmergencySignsFields.Contact["makers"])
                .Select(m => (m as PositionedScalar)?.Value.Trim() ?? "").Where(m => m.Length > 0).ToArray();
            var keys = Cite(entry, name is null ? "a contact" : $"the contact '{name}'");
            if (name is null || phone is null || keys is null) return null;
            return new EmergencyContact(name, phone, makers, keys);
        }

        private SourcedText? Sourced(PositionedNode item, string what)
        {
            if (file.Map(item, what, "write it as '- text: ...' with 'sources: [key]' under it") is not { } entry) return null;
            file.Known(entry, EmergencySignsFields.Text, what);
            var text = file.Text(entry, "text", what, EmergencySignsFields.Text["text"]);
            var keys = Cite(entry, what);
            return text is null || keys is null ? null : new SourcedText(text, keys);
        }

        private List<string>? Cite(PositionedMap entry, string what)
        {
            var keys = file.SourceKeys(entry, what, sources, NoSource);
            if (keys is not null) cited.UnionWith(keys);
            return keys;
        }
    }
}
