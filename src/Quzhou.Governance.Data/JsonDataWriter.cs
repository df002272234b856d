using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using Quzhou.Governance.DataSets;

namespace Quzhou.Governance.Data;

/// <summary>Writes a data set as JSON: numbers as the CSV writes their text (so 97.10 keeps its zero), Chinese as it is.</summary>
internal static class JsonDataWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal static void Write(DataSet dataSet, Stream stream, DataSetLayout layout)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        if (layout == DataSetLayout.Long)
        {
            json.WriteString("layout", "long");
            json.WriteStartArray("records");
            var fields = new string[RecordFields.Count(dataSet)];
            foreach (var record in dataSet.Records)
            {
                RecordFields.Write(record, fields);
                json.WriteStartObject();
                for (var i = 0; i < fields.Length; i++)
                {
                    if (fields[i].Length == 0)
                    {
                        continue;
                    }

                    json.WritePropertyName(RecordFields.Names[i]);
                    if (i is RecordFields.Value or RecordFields.Numerator or RecordFields.Denominator or RecordFields.Decimals or RecordFields.ComparableBase)
                    {
                        json.WriteRawValue(fields[i], skipInputValidation: true);
                    }
                    else
                    {
                        json.WriteStringValue(fields[i]);
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }
        else
        {
            json.WriteString("layout", "wide");
            json.WriteStartArray("rows");
            foreach (var (key, published, records) in WideRows.Rows(dataSet))
            {
                json.WriteStartObject();
                json.WriteString("indicator", key.Indicator.Code);
                json.WriteString("region", key.Region.ToString());
                if (published is not null)
                {
                    json.WriteString("published", CellText.Date(published));
                }

                foreach (var record in records)
                {
                    json.WritePropertyName(record.Period.ToString());
                    if (record.Kind is DataRecordKind.Value or DataRecordKind.Percent && WideCell.Letter(record).Length == 0)
                    {
                        json.WriteRawValue(WideCell.Value(record), skipInputValidation: true);
                    }
                    else
                    {
                        json.WriteStringValue(WideCell.Text(record));
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        WriteTargets(dataSet, json);
        json.WriteEndObject();
    }

    /// <summary>The plan targets, when there are any, as the <c>targets</c> array: the targets file's fields, numbers as numbers.</summary>
    private static void WriteTargets(DataSet dataSet, Utf8JsonWriter json)
    {
        if (dataSet.Targets.Count == 0)
        {
            return;
        }

        json.WriteStartArray("targets");
        var fields = new string[TargetFields.Names.Length];
        foreach (var target in dataSet.Targets)
        {
            TargetFields.Write(target, fields);
            json.WriteStartObject();
            for (var i = 0; i < fields.Length; i++)
            {
                if (fields[i].Length > 0)
                {
                    json.WriteString(TargetFields.Names[i], fields[i]);
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
