using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Quzhou.Governance.Cli;

/// <summary>
/// Reads the lines of a text file strictly and in bounded memory: UTF-8 (with or without a byte-order mark) or
/// UTF-16 with its byte-order mark; any other bytes are an error naming the file and the offset of the first
/// invalid byte, never text read wrongly. A line is held up to <see cref="MaxLineLength"/> characters; a longer
/// one is reported, with its start, and not kept.
/// </summary>
internal sealed class ItemFile
{
    /// <summary>The longest line kept, in characters: far more than any item, little enough to hold.</summary>
    internal const int MaxLineLength = 10_000;

    private const int ChunkSize = 64 * 1024;

    private readonly string path;
    private readonly Encoding encoding;
    private readonly int preambleLength;

    private ItemFile(string path, Encoding encoding, int preambleLength)
    {
        this.path = path;
        this.encoding = encoding;
        this.preambleLength = preambleLength;
    }

    /// <summary>Opens <paramref name="path"/> after checking that it is a file and that all its bytes decode;
    /// nothing of it is read as items until it has been checked to the end.</summary>
    /// <param name="path">The path as given.</param>
    /// <param name="file">The file, or null.</param>
    /// <param name="message">Why it cannot be read, in one line, or empty.</param>
    /// <returns>Whether the file can be read.</returns>
    internal static bool TryOpen(string path, out ItemFile? file, out string message)
    {
        file = null;
        message = string.Empty;
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            message = string.Format(CultureInfo.InvariantCulture, "Not a file name: \"{0}\" ({1}).", Messages.Window(path, 0), Messages.Plain(ex));
            return false;
        }

        if (Directory.Exists(full))
        {
            message = string.Format(CultureInfo.InvariantCulture, "{0} is a directory: give a text file of items.", full);
            return false;
        }

        if (!File.Exists(full))
        {
            message = string.Format(CultureInfo.InvariantCulture, "No such file: {0}", full);
            return false;
        }

        try
        {
            using var stream = OpenRead(full);
            var (encoding, preamble) = DetectPreamble(stream);
            if (!TryCheck(stream, encoding, preamble, out var offset, out var reason))
            {
                message = string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} is not valid {1}: {2} at byte offset {3}. Save the file as UTF-8 (a GBK or UTF-16 file without a byte-order mark does not read) and run again.",
                    full,
                    preamble == 0 ? "UTF-8" : encoding.WebName.ToUpperInvariant(),
                    reason,
                    offset);
                return false;
            }

            file = new ItemFile(full, encoding, preamble);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            message = string.Format(CultureInfo.InvariantCulture, "Cannot read {0}: {1}", full, Messages.Plain(ex));
            return false;
        }
    }

    /// <summary>The full path of the file.</summary>
    internal string FullName => path;

    /// <summary>The lines, numbered from 1, without their line breaks (\n, \r\n or \r). A line longer than
    /// <see cref="MaxLineLength"/> comes with <c>TooLong</c> set and only its first characters.</summary>
    /// <returns>The lines, read as they are enumerated.</returns>
    internal IEnumerable<(int Number, string Text, bool TooLong)> ReadLines()
    {
        using var stream = OpenRead(path);
        stream.Seek(preambleLength, SeekOrigin.Begin);
        var decoder = encoding.GetDecoder();
        var bytes = new byte[ChunkSize];
        var chars = new char[encoding.GetMaxCharCount(ChunkSize)];
        var line = new StringBuilder();
        var number = 1;
        var tooLong = false;
        var afterCarriageReturn = false;
        int read;
        do
        {
            read = stream.Read(bytes, 0, bytes.Length);
            var count = decoder.GetChars(bytes, 0, read, chars, 0, flush: read == 0);
            for (var i = 0; i < count; i++)
            {
                var c = chars[i];
                if (c == '\n' && afterCarriageReturn)
                {
                    afterCarriageReturn = false;
                    continue;
                }

                afterCarriageReturn = c == '\r';
                if (c is '\n' or '\r')
                {
                    yield return (number++, line.ToString(), tooLong);
                    line.Clear();
                    tooLong = false;
                }
                else if (line.Length < MaxLineLength)
                {
                    line.Append(c);
                }
                else
                {
                    tooLong = true;
                }
            }
        }
        while (read > 0);

        if (line.Length > 0 || tooLong)
        {
            yield return (number, line.ToString(), tooLong);
        }
    }

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    // UTF-8 unless a byte-order mark says UTF-8 or UTF-16; every decoder throws on invalid bytes.
    private static (Encoding Encoding, int Preamble) DetectPreamble(FileStream stream)
    {
        var head = new byte[3];
        var n = 0;
        int got;
        while (n < head.Length && (got = stream.Read(head, n, head.Length - n)) > 0)
        {
            n += got;
        }

        var (encoding, preamble) = n switch
        {
            >= 3 when head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF => ((Encoding)new UTF8Encoding(false, true), 3),
            >= 2 when head[0] == 0xFF && head[1] == 0xFE => (new UnicodeEncoding(false, false, true), 2),
            >= 2 when head[0] == 0xFE && head[1] == 0xFF => (new UnicodeEncoding(true, false, true), 2),
            _ => (new UTF8Encoding(false, true), 0),
        };
        stream.Seek(preamble, SeekOrigin.Begin);
        return (encoding, preamble);
    }

    // Decodes every byte once, keeping nothing; the first invalid byte, or a NUL (UTF-16 read as UTF-8), fails.
    private static bool TryCheck(FileStream stream, Encoding encoding, int preamble, out long offset, out string reason)
    {
        var decoder = encoding.GetDecoder();
        var bytes = new byte[ChunkSize];
        var chars = new char[encoding.GetMaxCharCount(ChunkSize)];
        long position = preamble;
        int read;
        do
        {
            read = stream.Read(bytes, 0, bytes.Length);
            int count;
            try
            {
                count = decoder.GetChars(bytes, 0, read, chars, 0, flush: read == 0);
            }
            catch (DecoderFallbackException ex)
            {
                // Index is within this chunk, or negative for bytes held over from the previous one.
                offset = position + ex.Index;
                reason = read == 0 ? "the file ends inside a character" : "an invalid byte";
                return false;
            }

            var nul = Array.IndexOf(chars, '\0', 0, count);
            if (nul >= 0)
            {
                // A NUL character: the bytes of the text up to it say where.
                offset = position + encoding.GetByteCount(chars, 0, nul);
                reason = preamble == 0 ? "a NUL character (UTF-16 without a byte-order mark reads so)" : "a NUL character";
                return false;
            }

            position += read;
        }
        while (read > 0);

        offset = 0;
        reason = string.Empty;
        return true;
    }
}
