using System;
using System.Text;
using System.Text.Json;

namespace Quzhou.Governance.Data;

/// <summary>
/// Where a place in a UTF-8 JSON file is (line, column in characters, byte offset after a byte-order mark) and the
/// <see cref="DataFileException"/>s that name it: the one error model of <see cref="JsonDataReader"/> and
/// <see cref="ClaimJsonReader"/>. It sees a window of the file: the whole file for <see cref="ClaimJsonReader"/>, the
/// part of it in a <see cref="JsonStreamBuffer"/> for <see cref="JsonDataReader"/>, which tells it what the reader
/// has consumed (<see cref="Consume"/>) before the window moves on (<see cref="Rebase"/>), so that the lines and
/// columns before the window are counted once and an offset is always the file's.
/// </summary>
internal sealed class JsonPlaces
{
    private readonly bool fileOffsets;
    private readonly string fileName;
    private byte[] bytes;

    // The reader's offsets count from bytes[origin]; end is the end of the bytes in the window.
    private int origin;
    private int end;

    // The file offset, line and column of bytes[origin], and the file offset of that line's first byte.
    private long originOffset;
    private long originLine = 1;
    private int originColumn = 1;
    private long originLineStart;

    /// <summary>A window of the whole file: <paramref name="bytes"/>, the reader's offsets counting from
    /// <paramref name="start"/> (after a byte-order mark).</summary>
    internal JsonPlaces(byte[] bytes, int start, bool fileOffsets, string fileName)
        : this(bytes, start, bytes.Length, fileOffsets, fileName)
    {
    }

    /// <summary>A window of the first <paramref name="length"/> bytes of <paramref name="bytes"/>, the start of a file, the
    /// reader's offsets counting from <paramref name="start"/> (after a byte-order mark).</summary>
    internal JsonPlaces(byte[] bytes, int start, int length, bool fileOffsets, string fileName)
    {
        this.bytes = bytes;
        origin = start;
        end = length;
        originOffset = start;
        originLineStart = start;
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

    /// <summary>Counts the lines and columns of the first <paramref name="count"/> bytes of the window, which the
    /// reader has consumed, and starts the window after them.</summary>
    internal void Consume(int count)
    {
        var lastNewline = Advance(new ReadOnlySpan<byte>(bytes, origin, count), ref originLine, ref originColumn);
        if (lastNewline >= 0)
        {
            originLineStart = originOffset + lastNewline + 1;
        }

        origin += count;
        originOffset += count;
    }

    /// <summary>The window is now <paramref name="buffer"/>[0, <paramref name="length"/>), starting at the first byte
    /// not consumed.</summary>
    internal void Rebase(byte[] buffer, int length)
    {
        bytes = buffer;
        origin = 0;
        end = length;
    }

    /// <summary>The line, column and file offset of the reader's <paramref name="offset"/> now, for an error given after
    /// the window has moved on.</summary>
    internal (long Line, int Column, long Offset) Mark(long offset)
    {
        var (line, column) = Place(origin + offset);
        return (line, column, originOffset + offset);
    }

    internal DataFileException Error(long offset, string path, string? name, string expected, string? found) =>
        Error(Mark(offset), path, name, expected, found);

    internal DataFileException Error((long Line, int Column, long Offset) mark, string path, string? name, string expected, string? found) =>
        new(new DataFileError(fileName, null, path, mark.Line, mark.Column, name, fileOffsets ? mark.Offset : -1, expected, found));

    internal DataFileException SyntaxError(JsonException e)
    {
        // The reader counts lines and bytes from zero, from after the byte-order mark, across the windows.
        var lineNumber = (e.LineNumber ?? 0) + 1;
        var line = originLine;
        var lineStart = originLineStart;
        for (var i = origin; line < lineNumber && i < end; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = originOffset + (i + 1 - origin);
            }
        }

        var offset = lineStart + (e.BytePositionInLine ?? 0);
        offset = Math.Max(originOffset, Math.Min(originOffset + (end - origin), offset));
        var (placeLine, column) = Place(origin + (offset - originOffset));
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = (cut >= 0 ? message.Substring(0, cut) : message).Trim().TrimEnd('.');
        return new DataFileException(new DataFileError(fileName, null, null, placeLine, column, null, fileOffsets ? offset : -1, "well-formed JSON (" + message + ")", null));
    }

    /// <summary>Moves <paramref name="line"/> and <paramref name="column"/> (of the byte before <paramref name="span"/>)
    /// over <paramref name="span"/>; returns the index of its last line feed, or −1.</summary>
    private static int Advance(ReadOnlySpan<byte> span, ref long line, ref int column)
    {
        var lastNewline = span.LastIndexOf((byte)'\n');
        if (lastNewline < 0)
        {
            column += CharacterStarts(span);
            return -1;
        }

        for (var rest = span.Slice(0, lastNewline + 1); rest.Length > 0;)
        {
            var next = rest.IndexOf((byte)'\n');
            line++;
            rest = rest.Slice(next + 1);
        }

        column = 1 + CharacterStarts(span.Slice(lastNewline + 1));
        return lastNewline;
    }

    /// <summary>The number of characters that start in <paramref name="span"/> (bytes that are not UTF-8 continuation bytes).</summary>
    private static int CharacterStarts(ReadOnlySpan<byte> span)
    {
        var count = 0;
        foreach (var b in span)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The one-based line and column (in characters) of the byte at <paramref name="index"/> of the window.</summary>
    private (long Line, int Column) Place(long index)
    {
        var stop = (int)Math.Max(origin, Math.Min(end, index));
        var line = originLine;
        var column = originColumn;
        _ = Advance(new ReadOnlySpan<byte>(bytes, origin, stop - origin), ref line, ref column);
        return (line, column);
    }
}
