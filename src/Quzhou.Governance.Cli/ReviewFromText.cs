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

    internal static int Run(string? dataPath, string? claimsPath, ReviewFormat format, string lang, string? outputPath, bool strict, TextWriter output, TextWriter error)
    {
        if (claimsPath is not null)
        {
            error.WriteLine("--from-text reads the claims out of the interview's sentences: leave out --claims (or leave out --from-text to read a claims file).");
            return Program.BadInput;
        }

        var bundled = dataPath is null;
        dataPath ??= ReviewFiles.BundledData;
        if (!TextClaims.TryRead(BundledSentences, InterviewPublished, out var claims, out var message)
            || !ReviewFiles.TryLoadData(dataPath, out var dataSet, out message))
        {
            error.WriteLine(bundled ? message + " (the bundled example is missing or damaged: rebuild qzgov)" : message);
            return Program.BadInput;
        }

        return claims!.Check(Path.GetFileName(dataPath), dataSet!, format, lang, outputPath, strict, output, error);
    }
}
