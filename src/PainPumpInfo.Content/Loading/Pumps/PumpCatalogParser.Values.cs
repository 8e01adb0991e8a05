using PainPumpInfo.Content.Loading.Positioned;
using PainPumpInfo.Content.Model;
using PainPumpInfo.Content.Model.Pumps;

namespace PainPumpInfo.Content.Loading.Pumps;

/// <summary>The part of the reader that reads a model's values: still made, its facts, each with text and sources.</summary>
public static partial class PumpCatalogParser
{
    private sealed partial class Reader
    {
        private StillMade StillMadeOf(PositionedMap model, string key, PumpFactValue? status)
        {
            var field = model.Field("still_made");
            if (field is null)
            {
                Error(model, $"model '{key}' does not say whether it is still made",
                    "add still_made: unknown, or yes or no together with a 'status:' that cites where that comes from");
                return StillMade.Unknown;
            }
            var answer = (field.Value as PositionedScalar)?.Value.Trim().ToLowerInvariant();
            var stillMade = answer switch
            {
                "yes" or "true" => StillMade.Yes,
                "no" or "false" => StillMade.No,
                "unknown" => StillMade.Unknown,
                _ => (StillMade?)null,
            };
            if (stillMade is null)
            {
                Error(field.Value, "'still_made' should be yes, no or unknown", $"fix the value of 'still_made' on line {field.Line}");
                return StillMade.Unknown;
            }
            if (stillMade != StillMade.Unknown && status?.IsKnown != true)
                Error(field.Value, $"'still_made: {answer}' of '{key}' has no source",
                    "add a 'status:' with text and sources that say so, or write still_made: unknown");
            return stillMade.Value;
        }

        private Dictionary<string, PumpFactValue> Values(PositionedMap model, string key, List<Source> sources, List<PumpFact> facts)
        {
            var values = new Dictionary<string, PumpFactValue>();
            var field = model.Field("facts");
            if (field?.Value is not PositionedMap map)
            {
                if (field is null) Error(model, $"model '{key}' has no 'facts:'", "add facts: with one entry per fact (see the facts: list at the top)");
                else Error(field.Value, $"'facts' of '{key}' should be {PumpFields.Model["facts"]}", "write each fact on its own line under facts:, like '  mri:'");
                return values;
            }
            foreach (var fact in map.Fields)
            {
                if (facts.All(f => f.Key != fact.Name))
                {
                    var closest = EditDistance.Closest(fact.Name, facts.Select(f => f.Key));
                    Error(fact, closest is null ? $"'{fact.Name}' is not a fact in the facts: list" : $"'{fact.Name}' is not a fact in the facts: list: did you mean '{closest}'?",
                        closest is null ? $"facts: {string.Join(", ", facts.Select(f => f.Key))}" : $"rename it to '{closest}'");
                    continue;
                }
                if (Value(fact, $"fact '{fact.Name}' of '{key}'", sources) is { } value) values[fact.Name] = value;
            }
            foreach (var missing in facts.Where(f => map.Field(f.Key) is null))
                Error(field, $"model '{key}' is missing the fact '{missing.Key}' that every model has",
                    $"add '{missing.Key}:' under facts: with text: and sources:, or with unknown: true when nobody could confirm it");
            return values;
        }

        /// <summary>A fact's value: text with sources, or <c>unknown: true</c>; never neither, never both.</summary>
        private PumpFactValue? Value(PositionedField field, string what, List<Source> sources)
        {
            if (field.Value is not PositionedMap map)
            {
                Error(field.Value, $"{what} should be 'text:' with 'sources:', or 'unknown: true'", "put them on their own lines, indented under the fact's name");
                return null;
            }
            Known(map, PumpFields.Value, "a fact");
            var unknown = map.Field("unknown");
            var isUnknown = false;
            if (unknown is not null)
            {
                var flag = (unknown.Value as PositionedScalar)?.Value.Trim().ToLowerInvariant();
                if (flag is not ("true" or "false" or "yes" or "no"))
                    Error(unknown.Value, "'unknown' should be true or false", "write unknown: true, or remove the line");
                isUnknown = flag is "true" or "yes";
            }

            var text = map.Field("text");
            if (isUnknown)
            {
                if (text is not null || map.Field("sources") is not null)
                    Error(text ?? map.Field("sources")!, $"{what} says 'unknown: true' but also has text or sources",
                        "a fact is either known, with text and sources, or unknown: remove one or the other");
                return PumpFactValue.Unknown;
            }

            var written = (text?.Value as PositionedScalar) is { IsNull: false } scalar ? DataFileReader.Plain(scalar.Value) : "";
            if (written.Length == 0)
            {
                Error(text?.Value ?? (PositionedNode)map, $"{what} has no text",
                    "write what is known as text: ..., or write unknown: true when nobody could confirm it");
                return null;
            }
            var keys = SourceKeys(map, what, sources);
            return keys is null ? null : new PumpFactValue(written, keys);
        }

        private List<string>? SourceKeys(PositionedMap value, string what, List<Source> sources) =>
            data.SourceKeys(value, what, sources,
                "add sources: [key] with the key of the source it comes from; a fact nobody could confirm is written unknown: true",
                problem: "has text but no source");
    }
}
