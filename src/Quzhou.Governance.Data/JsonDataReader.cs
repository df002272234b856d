using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using NodaTime;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Data;

/// <summary>
/// Reads a data set from a stream of UTF-8 JSON with <see cref="Utf8JsonReader"/>, keeping each number's text as
/// written and the place of every value, so an error names the line, the column, the JSON path and the byte offset.
/// The bytes come a buffer at a time (<see cref="JsonStreamBuffer"/>): the document's own tokens as they come, each
/// record, row or target once it is in the buffer whole, so a file larger than memory loads in the memory of its data
/// set and one buffer.
/// </summary>
internal sealed partial class JsonDataReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = 16 };
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly JsonStreamBuffer source;
    private readonly JsonPlaces places;
    private readonly IndicatorCatalog catalog;
    private readonly DataSetBuilder builder;

    private JsonDataReader(Stream stream, int bufferSize, bool fileOffsets, string fileName, IndicatorCatalog catalog)
    {
        source = new JsonStreamBuffer(stream, bufferSize, Options, fileOffsets, fileName);
        places = source.Places;
        this.catalog = catalog;
        builder = DataSet.CreateBuilder(catalog);
    }

    private enum Mode
    {
        Unknown,
        Long,
        Wide,
    }

    internal static bool IsUtf8(byte[] bytes) => IsUtf8(bytes, out _);

    /// <summary>Whether the bytes are strict UTF-8 (after a byte-order mark, if any); else the first bad byte's offset.</summary>
    internal static bool IsUtf8(byte[] bytes, out long badOffset)
    {
        var from = HasBom(bytes) ? 3 : 0;
        try
        {
            _ = Strict.GetCharCount(bytes, from, bytes.Length - from);
            badOffset = -1;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            badOffset = from + Math.Max(0, e.Index);
            return false;
        }
    }

    /// <summary>Reads a data set from <paramref name="stream"/>, a buffer of <paramref name="bufferSize"/> bytes at a time
    /// (more when one record does not fit). A bad value or malformed JSON is a <see cref="DataFileException"/> unless a
    /// byte after it is not UTF-8: the rest of the stream is then checked, and a byte that is not UTF-8 anywhere, or
    /// NUL, is a <see cref="NotUtf8Exception"/> (a file in another encoding, to decode and read again).</summary>
    internal static DataSet Read(Stream stream, bool fileOffsets, string fileName, IndicatorCatalog catalog, int bufferSize = JsonStreamBuffer.InitialSize) =>
        new JsonDataReader(stream, bufferSize, fileOffsets, fileName, catalog).Read();

    private static bool HasBom(byte[] bytes) => bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;

    private DataSet Read()
    {
        try
        {
            var json = source.CreateReader();
            try
            {
                ReadDocument(ref json);
            }
            catch (JsonException e)
            {
                throw SyntaxError(e);
            }
        }
        catch (DataFileException)
        {
            // The error stands only if the file is UTF-8 to its end; else it is a file in another encoding.
            source.CheckRest();
            throw;
        }

        return builder.Build();
    }

    /// <summary>Reads the next token, refilling the buffer as it runs out; false at the end of the stream.</summary>
    private bool Next(ref Utf8JsonReader json)
    {
        while (!json.Read())
        {
            if (!source.Refill(ref json))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads the next token as <see cref="Next"/> does and, when it starts an object or an array, refills the
    /// buffer until all of it is there, so that it can be read (and looked ahead in) without refilling.</summary>
    private bool NextWhole(ref Utf8JsonReader json)
    {
        while (true)
        {
            var probe = json;
            if (probe.Read())
            {
                if (probe.TokenType is not JsonTokenType.StartObject and not JsonTokenType.StartArray)
                {
                    json = probe;
                    return true;
                }

                var whole = probe;
                if (whole.TrySkip())
                {
                    json = probe;
                    return true;
                }
            }

            if (!source.Refill(ref json))
            {
                return json.Read();
            }
        }
    }

    private void ReadDocument(ref Utf8JsonReader json)
    {
        if (!Next(ref json))
        {
            throw Error(json.BytesConsumed, "$", null, "a JSON object with records or rows, or an array of records", "an empty file");
        }

        if (json.TokenType == JsonTokenType.StartArray)
        {
            ReadArray(ref json, "$", Mode.Unknown);
        }
        else if (json.TokenType == JsonTokenType.StartObject)
        {
            var objectAt = places.Mark(json.TokenStartIndex);
            string? layout = null;
            var layoutAt = objectAt;
            var seen = Mode.Unknown;
            while (Next(ref json) && json.TokenType == JsonTokenType.PropertyName)
            {
                var name = json.GetString()!;
                var nameAt = places.Mark(json.TokenStartIndex);
                _ = Next(ref json);

                var path = "$." + name;
                switch (name)
                {
                    case "layout":
                        layoutAt = places.Mark(json.TokenStartIndex);
                        layout = json.TokenType == JsonTokenType.String ? json.GetString() : null;
                        if (layout is not "long" and not "wide")
                        {
                            throw Error(json.TokenStartIndex, path, name, "the layout \"long\" or \"wide\"", Text(ref json));
                        }

                        break;
                    case "records":
                    case "rows":
                        if (seen != Mode.Unknown)
                        {
                            throw Error(nameAt, path, name, "either records (the long layout) or rows (the wide layout), once", name);
                        }

                        if (json.TokenType != JsonTokenType.StartArray)
                        {
                            throw Error(json.TokenStartIndex, path, name, "an array of " + name, Text(ref json));
                        }

                        seen = name == "records" ? Mode.Long : Mode.Wide;
                        ReadArray(ref json, path, seen);
                        break;
                    case "targets" when json.TokenType == JsonTokenType.StartArray:
                        ReadTargets(ref json, path);
                        break;
                    default:
                        throw Error(nameAt, path, name, "a property layout, records or rows (or targets, an array of plan targets)", name);
                }
            }

            if (seen == Mode.Unknown)
            {
                throw Error(objectAt, "$", null, "a property records (the long layout) or rows (the wide layout)", null);
            }

            if (layout is not null && layout != (seen == Mode.Long ? "long" : "wide"))
            {
                throw Error(layoutAt, "$.layout", "layout", "the layout of the array the object holds (" + (seen == Mode.Long ? "long, for records" : "wide, for rows") + ")", layout);
            }
        }
        else
        {
            throw Error(json.TokenStartIndex, "$", null, "a JSON object with records or rows, or an array of records", Text(ref json));
        }

        if (Next(ref json))
        {
            throw Error(json.TokenStartIndex, "$", null, "the end of the file after the data set", Text(ref json));
        }
    }

    private void ReadArray(ref Utf8JsonReader json, string path, Mode mode)
    {
        var index = 0;
        var fields = new string[RecordFields.Names.Count];
        while (NextWhole(ref json) && json.TokenType != JsonTokenType.EndArray)
        {
            var at = path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            if (json.TokenType != JsonTokenType.StartObject)
            {
                throw Error(json.TokenStartIndex, at, null, mode == Mode.Wide ? "an object (a row)" : "an object (a record)", Text(ref json));
            }

            if (mode == Mode.Unknown)
            {
                mode = HasPeriodField(json) ? Mode.Long : Mode.Wide;
            }

            if (mode == Mode.Long)
            {
                ReadRecord(ref json, at, fields);
            }
            else
            {
                ReadRow(ref json, at);
            }

            index++;
        }
    }

    /// <summary>Whether the object the reader is at names a period field (a long record) rather than period keys (a wide row).</summary>
    private static bool HasPeriodField(Utf8JsonReader json)
    {
        var depth = json.CurrentDepth;
        while (json.Read() && !(json.TokenType == JsonTokenType.EndObject && json.CurrentDepth == depth))
        {
            if (json.TokenType == JsonTokenType.PropertyName && json.CurrentDepth == depth + 1
                && RecordFields.Aliases.TryGetValue(json.GetString()!, out var field) && field == RecordFields.Period)
            {
                return true;
            }
        }

        return false;
    }

    private void ReadRecord(ref Utf8JsonReader json, string path, string[] fields)
    {
        var objectAt = json.TokenStartIndex;
        var names = new string?[fields.Length];
        var places = new long[fields.Length];
        var read = new string?[fields.Length];
        ReadFields(ref json, path, RecordFields.Aliases, RecordFields.Names, "the long layout", read, names, places);
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = read[i] ?? string.Empty;
        }

        if (!RecordFields.TryRead(catalog, fields, null, out var record, out var bad, out var expected))
        {
            throw names[bad] is { } given
                ? Error(places[bad], path + "." + given, given, expected, fields[bad])
                : Error(objectAt, path, null, expected + " (the record has no " + RecordFields.Names[bad] + ")", null);
        }

        if (!builder.TryAdd(record, out var refusal))
        {
            throw Error(places[RecordFields.Period], path + "." + names[RecordFields.Period], names[RecordFields.Period], "one record for each indicator, region, period and publication date (" + refusal.TrimEnd('.') + ")", fields[RecordFields.Period]);
        }
    }

    /// <summary>Reads the fields of the object the reader is in, up to its end, into <paramref name="fields"/> (null for a
    /// field not given), with the name each was given by and where its value starts; refuses a name that is none of
    /// <paramref name="aliases"/> (“a field of <paramref name="what"/>”) and a field given twice.</summary>
    private void ReadFields(ref Utf8JsonReader json, string path, Dictionary<string, int> aliases, IReadOnlyList<string> fieldNames, string what, string?[] fields, string?[] names, long[] places)
    {
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            var name = json.GetString()!;
            var nameAt = json.TokenStartIndex;
            if (!aliases.TryGetValue(name, out var field))
            {
                throw Error(nameAt, path + "." + name, name, "a field of " + what + ": " + string.Join(", ", fieldNames), name);
            }

            if (names[field] is not null)
            {
                throw Error(nameAt, path + "." + name, name, "each field once (" + fieldNames[field] + " is also given as " + names[field] + ")", name);
            }

            json.Read();
            names[field] = name;
            places[field] = json.TokenStartIndex;
            fields[field] = Scalar(ref json, path + "." + name, name);
        }
    }

    private void ReadRow(ref Utf8JsonReader json, string path)
    {
        var objectAt = json.TokenStartIndex;
        string? indicatorText = null, regionText = null, publishedText = null;
        long indicatorAt = 0, regionAt = 0, publishedAt = 0;
        string? indicatorName = null, regionName = null, publishedName = null;
        var cells = new List<(string Name, SeriesPeriod Period, string Text, long At)>();
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            var name = json.GetString()!;
            var nameAt = json.TokenStartIndex;
            json.Read();
            var at = json.TokenStartIndex;
            var field = RecordFields.Aliases.TryGetValue(name, out var f) ? f : -1;
            void Once(string? before)
            {
                if (before is not null)
                {
                    throw Error(nameAt, path + "." + name, name, "each key once (" + before + " is given already)", name);
                }
            }

            if (field == RecordFields.Indicator)
            {
                Once(indicatorName);
                (indicatorName, indicatorAt, indicatorText) = (name, at, Scalar(ref json, path + "." + name, name));
            }
            else if (field == RecordFields.Region)
            {
                Once(regionName);
                (regionName, regionAt, regionText) = (name, at, Scalar(ref json, path + "." + name, name));
            }
            else if (field == RecordFields.Published)
            {
                Once(publishedName);
                (publishedName, publishedAt, publishedText) = (name, at, Scalar(ref json, path + "." + name, name));
            }
            else
            {
                var period = SeriesPeriod.Read(name.Trim());
                if (!period.Success)
                {
                    throw Error(nameAt, path + "." + name, name, "a period such as 2025-10 or 2025年10月 (" + period.Error.Expected + "), or one of the keys indicator, region, published", name);
                }

                foreach (var cell in cells)
                {
                    if (cell.Period == period.Value)
                    {
                        throw Error(nameAt, path + "." + name, name, "each period once (" + cell.Name + " is the same period)", name);
                    }
                }

                cells.Add((name, period.Value, Scalar(ref json, path + "." + name, name), at));
            }
        }

        if (indicatorText is null || regionText is null)
        {
            throw Error(objectAt, path, null, "keys indicator and region, then one key per period", null);
        }

        var found = catalog.Read(indicatorText.Trim());
        if (!found.Success)
        {
            throw Error(indicatorAt, path + "." + indicatorName, indicatorName, found.Error.Expected, indicatorText);
        }

        if (!CellText.TryReadRegion(regionText, out var region, out var regionExpected))
        {
            throw Error(regionAt, path + "." + regionName, regionName, regionExpected, regionText);
        }

        LocalDate? published = null;
        if (publishedText is not null && !RecordFields.TryReadPublished(publishedText, out published))
        {
            throw Error(publishedAt, path + "." + publishedName, publishedName, CellText.DateExpected, publishedText);
        }

        foreach (var cell in cells)
        {
            if (cell.Text.Trim().Length == 0)
            {
                continue;
            }

            if (!WideCell.TryRead(cell.Text, found.Value, region, cell.Period, published, out var record, out var expected))
            {
                throw Error(cell.At, path + "." + cell.Name, cell.Name, expected, cell.Text);
            }

            if (!builder.TryAdd(record, out var refusal))
            {
                throw Error(cell.At, path + "." + cell.Name, cell.Name, "one record for each indicator, region, period and publication date (" + refusal.TrimEnd('.') + ")", cell.Text);
            }
        }
    }

    /// <summary>The text of a string or number (a number as written), empty for null; anything else is refused.</summary>
    private string Scalar(ref Utf8JsonReader json, string path, string name)
    {
        switch (json.TokenType)
        {
            case JsonTokenType.String:
                return json.GetString()!;
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(json.ValueSpan.ToArray());
            case JsonTokenType.Null:
                return string.Empty;
            default:
                throw Error(json.TokenStartIndex, path, name, "a string or a number", Text(ref json));
        }
    }

    private static string Text(ref Utf8JsonReader json) => JsonPlaces.Text(ref json);

    private DataFileException Error(long offset, string path, string? name, string expected, string? found) =>
        places.Error(offset, path, name, expected, found);

    private DataFileException Error((long Line, int Column, long Offset) mark, string path, string? name, string expected, string? found) =>
        places.Error(mark, path, name, expected, found);

    private DataFileException SyntaxError(JsonException e) => places.SyntaxError(e);
}
