using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Emergency;
using PainPumpInfo.Content.Model.Pumps;
using PainPumpInfo.Content.Rendering;
using PainPumpInfo.Content.Rendering.EmergencySignLists;

namespace PainPumpInfo.Web.Tools.Sheet;

/// <summary>
/// Builds the emergency sheet from the snapshot's data, in the order it is read, so sources are numbered as they
/// are first cited. Nothing is written here: every sign, note and number comes from the content files.
/// </summary>
public sealed class EmergencySheetBuilder(EmbeddedData data)
{
    /// <summary>The fact of content/pumps.yml that holds each model's MRI rule.</summary>
    public const string MriFact = "mri";

    private readonly EmergencySigns signs = data.Signs;
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> occurrences = new(StringComparer.Ordinal);
    private readonly List<ListedSource> listed = [];

    /// <param name="medicines">The medicines to show: those the patient picked, or every one on a blank sheet.</param>
    /// <param name="model">The pump model the patient picked from the site's list; null shows no MRI rule and every phone line.</param>
    public EmergencySheet Build(PumpModel? model, IReadOnlyList<MedicineSigns> medicines)
    {
        var mri = model?.ValueOf(MriFact) is { IsKnown: true } rule ? Cite(new SourcedText(rule.Text!, rule.SourceKeys)) : null;
        var shown = medicines.Select(Medicine).ToArray();
        var reverses = signs.Naloxone.Reverses.Select(Cite).ToArray();
        var doesNotReverse = signs.Naloxone.DoesNotReverse.Select(Cite).ToArray();
        var contacts = signs.Contacts.Where(c => c.Serves(model?.Maker))
            .Select(c => new SheetContact(Cite(new SourcedText(c.Name, c.SourceKeys)), c.Phone)).ToArray();
        return new EmergencySheet(mri, shown, reverses, doesNotReverse, contacts, listed);
    }

    private SheetMedicine Medicine(MedicineSigns medicine) => new(
        medicine.Key,
        medicine.Name,
        medicine.Lists.Select(list => new SheetSignList(list.Title, Runs(list.Signs))).ToArray(),
        medicine.Notes.Select(Cite).ToArray());

    /// <summary>Signs in runs of the same stage, in the file's order, each run under its label.</summary>
    private List<SheetSignRun> Runs(IReadOnlyList<Sign> signs)
    {
        var runs = new List<SheetSignRun>();
        for (var start = 0; start < signs.Count;)
        {
            var stage = signs[start].Stage;
            var run = signs.Skip(start).TakeWhile(s => s.Stage == stage).ToArray();
            var label = EmergencySignsRenderer.StageLabel(stage);
            // Staff read a run at a glance: signs that share their sources are cited once, after the last of them.
            runs.Add(run.All(s => s.SourceKeys.SequenceEqual(run[0].SourceKeys))
                ? new SheetSignRun(label, run.Select(s => new CitedText(s.Text, [])).ToArray(), Cite(run[0].SourceKeys))
                : new SheetSignRun(label, run.Select(s => Cite(new SourcedText(s.Text, s.SourceKeys))).ToArray(), []));
            start += run.Length;
        }
        return runs;
    }

    private CitedText Cite(SourcedText text) => new(text.Text, Cite(text.SourceKeys));

    private SheetCitation[] Cite(IReadOnlyList<string> keys) => keys.Select(Cite).OfType<SheetCitation>().ToArray();

    private SheetCitation? Cite(string key)
    {
        if ((signs.Source(key) ?? data.Pumps.Source(key)) is not { } source) return null;
        if (!numbers.TryGetValue(key, out var number))
        {
            number = numbers[key] = numbers.Count + 1;
            listed.Add(new ListedSource(number, source, new SheetCitation(number, key, 1).Id));
        }
        var occurrence = occurrences[key] = occurrences.GetValueOrDefault(key) + 1;
        return new SheetCitation(number, key, occurrence);
    }
}
