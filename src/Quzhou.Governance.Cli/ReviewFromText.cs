using System;
using System.CommandLine;
using System.IO;
using NodaTime;

namespace Quzhou.Governance.Cli;

/// <summary>
/// <c>qzgov review --from-text</c>: the same panel with the same verdicts, its claims read by the library's bulletin
/// reader out of the interview's own sentences (the bundled <c>interview-sentences.md</c>) instead of the claims file —
/// the interview's prose checked end to end. Against the bundled data unless <c>--data</c> is given.
/// </summary>
internal static class ReviewFromText
{
    /// <summary>The interview's date, as the claims file assumes it (late November 2025, after data to 2025-10).</summary>
    internal static readonly LocalDate InterviewPublished = new(2025, 11, 28);

    /// <summary>The bundled sentences: the interview's sentences that carry figures.</summary>
    internal static string BundledSentences => Path.Combine(ReviewFiles.BundledFolder, "interview-sentences.md");

    internal static Option<bool> Option() => new("--from-text")
    {
        Description = "Read the claims out of the interview's own sentences (examples/review/interview-sentences.md) with the bulletin reader, instead of the claims file.",
    };

    internal static int Run(string? dataPath, string? claimsPath, ReviewFormat format, string lang, string? outputPath, bool strict, TextWriter output, TextWriter error, string? targetsPath = null)
    {
        if (claimsPath is not null)
        {
            error.WriteLine("--from-text reads the claims out of the interview's sentences: leave out --claims (or leave out --from-text to read a claims file).");
            return Program.BadInput;
        }

        var bundled = dataPath is null;
        dataPath ??= ReviewFiles.BundledData;
        if (!TextClaims.TryRead(BundledSentences, InterviewPublished, QuotedSentencesOnly, out var claims, out var message)
            || !ReviewFiles.TryLoadData(dataPath, out var dataSet, out message))
        {
            error.WriteLine(bundled ? message + " (the bundled example is missing or damaged: rebuild qzgov)" : message);
            return Program.BadInput;
        }

        if (!ReviewFiles.TryWithTargets(dataSet!, targetsPath, bundled, out dataSet, out message))
        {
            error.WriteLine(message);
            return Program.BadInput;
        }

        return claims!.Check(Path.GetFileName(dataPath), dataSet!, format, lang, outputPath, strict, output, error);
    }

    /// <summary>
    /// The interview's sentences file is Markdown: a heading, a note on the source and numbered items, each quoting one
    /// sentence (<c>1. “…”</c>). Only the quoted sentences are the interview's text, so everything else — the notes,
    /// the headings, the numbers and quotes of the items — is blanked out with spaces, keeping every offset and line
    /// break, and each sentence stands on its own line as in the article's panels.
    /// </summary>
    internal static string QuotedSentencesOnly(string markdown)
    {
        var chars = markdown.ToCharArray();
        var lineStart = 0;
        while (lineStart <= chars.Length)
        {
            var lineEnd = Array.IndexOf(chars, '\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = chars.Length;
            }

            var end = lineEnd > lineStart && chars[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            var open = QuotedItemStart(chars, lineStart, end);
            for (var i = lineStart; i < end; i++)
            {
                if (open < 0 || i < open || i == end - 1)
                {
                    chars[i] = ' ';
                }
            }

            lineStart = lineEnd + 1;
        }

        return new string(chars);
    }

    /// <summary>Where the quoted sentence of an item <c>12. “…”</c> starts (after its opening quote), or −1 for any other line.</summary>
    private static int QuotedItemStart(char[] chars, int start, int end)
    {
        var i = start;
        while (i < end && chars[i] >= '0' && chars[i] <= '9')
        {
            i++;
        }

        if (i == start || end - i < 4 || chars[i] != '.' || chars[i + 1] != ' ' || chars[i + 2] != '“' || chars[end - 1] != '”')
        {
            return -1;
        }

        return i + 3;
    }
}
