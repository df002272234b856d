using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Quzhou.Governance.Data;

namespace Quzhou.Governance.Cli;

/// <summary>
/// Reads the lines of a text file strictly and in bounded memory, decoded by the one decoder of the project
/// (<see cref="TextFiles"/>): a byte-order mark (UTF-8, UTF-16), else strict UTF-8, else GB18030 (GBK); any other
/// bytes are an error naming the file and the offset of the first invalid byte, never text read wrongly. A line is
/// held up to <see cref="MaxLineLength"/> characters; a longer one is reported, with its start, and not kept.
/// </summary>
internal sealed class ItemFile
{
    /// <summary>The longest line kept, in characters: far more than any item, little enough to hold.</summary>
    internal const int MaxLineLength = 10_000;

    private const int ChunkSize = 64 * 1024;

    private readonly string path;

    private ItemFile(string path) => this.path = path;

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
            _ = TextFiles.Detect(full);
            file = new ItemFile(full);
            return true;
        }
        catch (DataFileException ex)
        {
            message = string.Format(
                CultureInfo.InvariantCulture,
                "{0} is not valid UTF-8, UTF-16 or GB18030 text: at byte offset {1}, expected {2}. Save the file as UTF-8 (a UTF-16 file needs its byte-order mark) and run again.",
                full,
                ex.Error.ByteOffset,
                ex.Error.Expected);
            return false;
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
        using var reader = TextFiles.OpenText(path);
        var chars = new char[ChunkSize];
        var line = new StringBuilder();
        var number = 1;
        var tooLong = false;
        var afterCarriageReturn = false;
        int count;
        do
        {
            count = reader.Read(chars, 0, chars.Length);
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
        while (count > 0);

        if (line.Length > 0 || tooLong)
        {
            yield return (number, line.ToString(), tooLong);
        }
    }
}
