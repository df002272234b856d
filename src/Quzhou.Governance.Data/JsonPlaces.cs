using System;
using System.Text;
using System.Text.Json;

namespace Quzhou.Governance.Data;

/// <summary>
/// Where a place in a UTF-8 JSON file is (line, column in characters, byte offset after a byte-order mark) and the
/// <see cref="DataFileException"/>s that name it: the one error model of <see cref="JsonDataReader"/> and
/// <see cref="ClaimJsonReader"/>.
/// </summary>
internal sealed class JsonPlaces
{
    private readonly byte[] bytes;
    private readonly int start;
    private readonly bool fileOffsets;
    private readonly string fileName;

    internal JsonPlaces(byte[] bytes, int start, bool fileOffsets, string fileName)
    {
        this.bytes = bytes;
        this.start = start;
        this.fileOffsets = fileOffsets;
        this.fileName = fileName;
    }

    /// <summary>A short text for the token found, for an error.</summary>
    internal static string Text(ref Utf8JsonReader json) => json.TokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.String => json.GetString()!,
        _ => Encoding.UTF8.GetString(json.ValueSpan.ToArray()),
    };

    internal DataFileException Error(long offset, string path, string? name, string expected, string? found)
    {
        var (line, column) = Place(start + offset);
        return new DataFileException(new DataFileError(fileName, null, path, line, column, name, fileOffsets ? start + offset : -1, expected, found));
    }

    internal DataFileException SyntaxError(JsonException e)
    {
        // The reader counts lines and bytes from zero, from after the byte-order mark.
        var lineIndex = e.LineNumber ?? 0;
        var offset = (long)start;
        for (long line = 0; line < lineIndex && offset < bytes.Length; offset++)
        {
            if (bytes[offset] == (byte)'\n')
            {
                line++;
            }
        }

        offset = Math.Min(bytes.Length, offset + (e.BytePositionInLine ?? 0));
        var (lineNumber, column) = Place(offset);
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = (cut >= 0 ? message.Substring(0, cut) : message).Trim().TrimEnd('.');
        return new DataFileException(new DataFileError(fileName, null, null, lineNumber, column, null, fileOffsets ? offset : -1, "well-formed JSON (" + message + ")", null));
    }

    /// <summary>The one-based line and column (in characters) of a byte offset.</summary>
    private (long Line, int Column) Place(long offset)
    {
        long line = 1;
        long lineStart = start;
        for (long i = start; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = 1;
        for (var i = lineStart; i < offset && i < bytes.Length; i++)
        {
            if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
