using System;
using System.IO;
using System.Text;

namespace Quzhou.Governance.Data;

/// <summary>
/// The one decoder for every text file the project reads (CSV now, bulletin text later). In order: a byte-order
/// mark (UTF-8, UTF-16 little- or big-endian) decides, and the rest must then be valid in it; without one, the
/// file is UTF-8 when it is valid UTF-8 throughout (strict: no replacement characters, ever), else GB18030 (GBK,
/// GB2312) when it is valid GB18030 throughout; a file in none of them is refused with a
/// <see cref="DataFileException"/> that names the file and the offset of the first byte that is not valid UTF-8
/// (and that of the first not valid GB18030). A NUL byte in a file without a byte-order mark is refused too: it is
/// UTF-16 without its mark, whose bytes would otherwise pass for UTF-8.
/// </summary>
/// <remarks>Detection reads the file once before decoding it, so a large file is streamed twice and never held
/// whole. No statistical detector is consulted: strict UTF-8 is almost never valid by accident for Chinese text in
/// another encoding, and GB18030 is the encoding Chinese offices export otherwise, so a detector would add no
/// certainty to these two (it could only guess between GB18030 and Big5 or Shift-JIS, which the files in scope
/// never are).</remarks>
public static class TextFiles
{
    private const int BufferSize = 1 << 16;
    private const int GB18030CodePage = 54936;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> StrictGB18030 = new(() =>
        CodePagesEncodingProvider.Instance.GetEncoding(GB18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("The code-page provider has no GB18030 (code page 54936)."));

    /// <summary>The encoding of the file at <paramref name="path"/>, as the type's summary decides it.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The encoding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="DataFileException">The file is in none of the encodings; the error names the first bad byte's offset.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static TextFileEncoding Detect(string path)
    {
        _ = path ?? throw new ArgumentNullException(nameof(path));

        using var stream = OpenStream(path);
        return Detect(stream, path, out _);
    }

    /// <summary>Opens the file at <paramref name="path"/> for reading as text in its encoding (after its byte-order mark).</summary>
    /// <param name="path">The file.</param>
    /// <returns>A reader that decodes strictly; dispose it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="DataFileException">The file is in none of the encodings.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static TextReader OpenText(string path) => OpenText(path, out _);

    /// <summary>Opens the file at <paramref name="path"/> for reading as text, and says which encoding it is in.</summary>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The encoding found.</param>
    /// <returns>A reader that decodes strictly; dispose it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="DataFileException">The file is in none of the encodings.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static TextReader OpenText(string path, out TextFileEncoding encoding)
    {
        _ = path ?? throw new ArgumentNullException(nameof(path));

        var stream = OpenStream(path);
        try
        {
            encoding = Detect(stream, path, out var start);
            stream.Position = start;
            return new StreamReader(stream, GetEncoding(encoding), detectEncodingFromByteOrderMarks: false, BufferSize);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The whole text of the file at <paramref name="path"/>, decoded as <see cref="OpenText(string)"/> does (for
    /// short files such as a bulletin; tables are read as streams).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The text, without the byte-order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="DataFileException">The file is in none of the encodings.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static string ReadAllText(string path)
    {
        using var reader = OpenText(path);
        return reader.ReadToEnd();
    }

    /// <summary>The strict encoding (it throws on bytes it cannot decode, and writes no byte-order mark) for <paramref name="encoding"/>.</summary>
    /// <param name="encoding">The encoding.</param>
    /// <returns>The .NET encoding.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="encoding"/> is unknown.</exception>
    public static Encoding GetEncoding(TextFileEncoding encoding) => encoding switch
    {
        TextFileEncoding.Utf8 or TextFileEncoding.Utf8WithBom => StrictUtf8,
        TextFileEncoding.Utf16LittleEndian => StrictUtf16LittleEndian,
        TextFileEncoding.Utf16BigEndian => StrictUtf16BigEndian,
        TextFileEncoding.GB18030 => StrictGB18030.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Unknown text file encoding."),
    };

    private static FileStream OpenStream(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);

    private static TextFileEncoding Detect(Stream stream, string path, out long start)
    {
        var head = new byte[3];
        var read = 0;
        while (read < 3)
        {
            var n = stream.Read(head, read, 3 - read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        TextFileEncoding? marked =
            read >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? TextFileEncoding.Utf8WithBom
            : read >= 2 && head[0] == 0xFF && head[1] == 0xFE ? TextFileEncoding.Utf16LittleEndian
            : read >= 2 && head[0] == 0xFE && head[1] == 0xFF ? TextFileEncoding.Utf16BigEndian
            : null;
        if (marked is { } bom)
        {
            start = bom == TextFileEncoding.Utf8WithBom ? 3 : 2;
            var bad = bom == TextFileEncoding.Utf8WithBom
                ? FirstInvalidByte(stream, start, StrictUtf8, checkNul: false, out _)
                : FirstInvalidUtf16(stream, start, bigEndian: bom == TextFileEncoding.Utf16BigEndian);
            if (bad >= 0)
            {
                throw Refuse(path, bad, "valid " + Describe(bom) + " after its byte-order mark");
            }

            return bom;
        }

        start = 0;
        var notUtf8 = FirstInvalidByte(stream, 0, StrictUtf8, checkNul: true, out var utf8Cut);
        if (notUtf8 < 0)
        {
            return TextFileEncoding.Utf8;
        }

        var notGb = FirstInvalidByte(stream, 0, StrictGB18030.Value, checkNul: true, out var gbCut);
        if (notGb < 0)
        {
            return TextFileEncoding.GB18030;
        }

        throw Refuse(
            path,
            notUtf8,
            "text in UTF-8 (with or without a byte-order mark), UTF-16 with its byte-order mark, or GB18030; as UTF-8 "
            + Where(notUtf8, utf8Cut) + ", as GB18030 " + Where(notGb, gbCut));
    }

    /// <summary>The offset of the first byte from <paramref name="start"/> that <paramref name="strict"/> cannot decode (or
    /// a NUL byte, when asked), or -1 when every byte decodes; <paramref name="cut"/> says whether the bytes are only
    /// cut off by the end of the file (the file ends inside a character).</summary>
    private static long FirstInvalidByte(Stream stream, long start, Encoding strict, bool checkNul, out bool cut)
    {
        cut = false;
        stream.Position = start;
        var decoder = strict.GetDecoder();
        var buffer = new byte[BufferSize];
        var chars = new char[strict.GetMaxCharCount(BufferSize)];
        var position = start;
        while (true)
        {
            var n = stream.Read(buffer, 0, buffer.Length);
            if (checkNul)
            {
                var nul = Array.IndexOf(buffer, (byte)0, 0, n);
                if (nul >= 0)
                {
                    // Bytes before the NUL may be invalid too: report whichever comes first.
                    var before = FirstInvalidIn(decoder, buffer, nul, chars, flush: true);
                    return before != int.MinValue ? position + before : position + nul;
                }
            }

            var bad = FirstInvalidIn(decoder, buffer, n, chars, flush: n == 0);
            if (bad != int.MinValue)
            {
                cut = n == 0;
                return position + bad;
            }

            if (n == 0)
            {
                return -1;
            }

            position += n;
        }
    }

    /// <summary>The offset of the first byte from <paramref name="start"/> that is not part of valid UTF-16 — a lone
    /// surrogate's first byte, or the last byte of a file whose length after the mark is odd — or -1. Checked by code
    /// unit rather than through the decoder, whose exception points past a lone high surrogate instead of at it.</summary>
    private static long FirstInvalidUtf16(Stream stream, long start, bool bigEndian)
    {
        stream.Position = start;
        var buffer = new byte[BufferSize];
        var position = start;
        long pendingHigh = -1;
        while (true)
        {
            var n = ReadFully(stream, buffer);
            var even = n & ~1;
            for (var i = 0; i < even; i += 2)
            {
                var unit = bigEndian ? (buffer[i] << 8) | buffer[i + 1] : (buffer[i + 1] << 8) | buffer[i];
                var isHigh = unit is >= 0xD800 and <= 0xDBFF;
                var isLow = unit is >= 0xDC00 and <= 0xDFFF;
                if (pendingHigh >= 0)
                {
                    if (!isLow)
                    {
                        return pendingHigh;
                    }

                    pendingHigh = -1;
                }
                else if (isLow)
                {
                    return position + i;
                }
                else if (isHigh)
                {
                    pendingHigh = position + i;
                }
            }

            if (n < buffer.Length)
            {
                // The end: a high surrogate left open, or a byte left over, is not UTF-16.
                return pendingHigh >= 0 ? pendingHigh : n != even ? position + even : -1;
            }

            position += n;
        }
    }

    /// <summary>Fills <paramref name="buffer"/> unless the stream ends first (so that a chunk is cut at an odd byte only
    /// at the end); the number of bytes read.</summary>
    private static int ReadFully(Stream stream, byte[] buffer)
    {
        var total = 0;
        int n;
        while (total < buffer.Length && (n = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += n;
        }

        return total;
    }

    /// <summary>The index (possibly negative: bytes carried over from the last call) of the first byte the decoder
    /// refuses, or <see cref="int.MinValue"/> when it refuses none.</summary>
    private static int FirstInvalidIn(Decoder decoder, byte[] buffer, int count, char[] chars, bool flush)
    {
        try
        {
            // GetChars, not GetCharCount: only decoding carries a sequence cut at the buffer's end into the next call.
            _ = decoder.GetChars(buffer, 0, count, chars, 0, flush);
            return int.MinValue;
        }
        catch (DecoderFallbackException e)
        {
            return e.Index;
        }
    }

    private static string Where(long offset, bool cut) =>
        (cut ? "the file ends inside a character at byte offset " : "the first bad byte is at byte offset ")
        + offset.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(TextFileEncoding encoding) => encoding switch
    {
        TextFileEncoding.Utf8WithBom => "UTF-8",
        TextFileEncoding.Utf16LittleEndian => "UTF-16 little-endian",
        TextFileEncoding.Utf16BigEndian => "UTF-16 big-endian",
        _ => encoding.ToString(),
    };

    private static DataFileException Refuse(string path, long offset, string expected) =>
        new(new DataFileError(path, 0, 0, null, offset, expected, null));
}
