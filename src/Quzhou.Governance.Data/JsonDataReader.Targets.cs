using System.Globalization;
using System.Text.Json;

namespace Quzhou.Governance.Data;

/// <content>The <c>targets</c> section: an array of plan targets, each an object of the targets file's fields.</content>
internal sealed partial class JsonDataReader
{
    private void ReadTargets(ref Utf8JsonReader json, string path)
    {
        var index = 0;
        while (NextWhole(ref json) && json.TokenType != JsonTokenType.EndArray)
        {
            var at = path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            if (json.TokenType != JsonTokenType.StartObject)
            {
                throw Error(json.TokenStartIndex, at, null, "an object (a plan target)", Text(ref json));
            }

            ReadTarget(ref json, at);
            index++;
        }
    }

    private void ReadTarget(ref Utf8JsonReader json, string path)
    {
        var objectAt = json.TokenStartIndex;
        var count = TargetFields.Names.Length;
        var fields = new string?[count];
        var names = new string?[count];
        var placesOf = new long[count];
        ReadFields(ref json, path, TargetFields.Aliases, TargetFields.Names, "a plan target", fields, names, placesOf);

        if (!TargetFields.TryRead(f => fields[f], catalog, out var target, out var bad, out var expected))
        {
            throw bad >= 0 && names[bad] is { } given
                ? Error(placesOf[bad], path + "." + given, given, expected, fields[bad])
                : Error(objectAt, path, null, expected + (bad >= 0 ? " (the target has no " + TargetFields.Names[bad] + ")" : string.Empty), null);
        }

        if (!builder.TryAddTarget(target!, out var refusal))
        {
            throw Error(objectAt, path, null, "one target for each plan, indicator and region (" + refusal.TrimEnd('.') + ")", null);
        }
    }
}
