using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Data;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Text;

namespace Quzhou.Governance.Cli;

/// <summary>
/// The claims of a bulletin's text, for <c>check</c>, <c>audit &lt;text-file&gt;</c> and <c>review --from-text</c>: the
/// file decoded by the Data package's one decoder (<see cref="TextFiles"/>: UTF-8 with or without its mark, UTF-16,
/// GB18030), read by the library's <see cref="BulletinReader"/>, each claim with where it came from. The reader's
/// diagnostics (text it could not read with certainty) go to stderr as <c>file:line:column: QT0001: …</c>, the way a
/// compiler warns; they count against <c>--strict</c>.
/// </summary>
internal sealed class TextClaims
{
    private TextClaims(string name, BulletinReading reading)
    {
        Name = name;
        Reading = reading;
        Claims = reading.Claims.Select(c => c.Claim).ToList();
        Sources = reading.Claims.GroupBy(c => c.Claim.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => TextSource.Of(reading.Text, g.First().Span), StringComparer.Ordinal);
    }

    /// <summary>The file's name (without its folder), as the output names it.</summary>
    internal string Name { get; }

    internal BulletinReading Reading { get; }

    internal IReadOnlyList<Claim> Claims { get; }

    /// <summary>Where each claim came from, by claim id.</summary>
    internal IReadOnlyDictionary<string, TextSource> Sources { get; }

    internal static Option<LocalDate?> PublishedOption() => new("--published")
    {
        Description = "The publication date (yyyy-MM-dd) the claims are judged on; the text's own dateline when left out.",
        CustomParser = ParseDate,
    };

    internal static Argument<string> FileArgument(string description) => new("text-file")
    {
        Description = description,
        CustomParser = result =>
        {
            var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (token.Trim().Length == 0)
            {
                result.AddError(string.Format(CultureInfo.InvariantCulture, "<text-file>: expected a file name, found \"{0}\".", Messages.Window(token, 0)));
            }

            return token;
        },
    };

    /// <summary>Reads the text file at <paramref name="path"/> and the claims in it; one message naming the file on
    /// failure (missing, a directory, in none of the encodings).</summary>
    internal static bool TryRead(string path, LocalDate? published, out TextClaims? claims, out string message) =>
        TryRead(path, published, null, out claims, out message);

    /// <summary>Reads the claims of a text file; <paramref name="prepare"/>, when given, turns the decoded text into the
    /// text the reader reads, keeping every offset (so spans still point into the file).</summary>
    internal static bool TryRead(string path, LocalDate? published, Func<string, string>? prepare, out TextClaims? claims, out string message)
    {
        claims = null;
        if (!ReviewFiles.TryFind(path, "a text file (a bulletin, an interview, a report)", out var full, out message)
            || !ReviewFiles.TryRead(full, () => TextFiles.ReadAllText(full), out var text, out message))
        {
            return false;
        }

        var reader = new BulletinReader(options: new BulletinReaderOptions(published));
        claims = new TextClaims(Path.GetFileName(full), reader.Read(prepare is null ? text! : prepare(text!)));
        return true;
    }

    /// <summary>Checks the claims against <paramref name="data"/>, prints them as review does with where each came from,
    /// then the diagnostics on stderr; the exit code counts the diagnostics under <paramref name="strict"/>.</summary>
    internal int Check(string dataName, DataSet data, ReviewFormat format, string lang, string? outputPath, bool strict, TextWriter output, TextWriter error)
    {
        var chinese = lang == "zh";
        var report = ReviewReport.Check(dataName, Name, data, Claims, chinese, Sources);
        var code = ReviewCommand.Write(report, format, outputPath, strict, output, error);
        WriteDiagnostics(error, chinese);
        return StrictCode(code, strict);
    }

    /// <summary>The exit code, made 1 under <paramref name="strict"/> when some text could not be read with certainty.</summary>
    internal int StrictCode(int code, bool strict) => code == Program.Success && strict && !Reading.IsClean ? Program.Contradicted : code;

    /// <summary>Writes each diagnostic to <paramref name="error"/> as <c>file:line:column: QT0001: message</c>.</summary>
    internal void WriteDiagnostics(TextWriter error, bool chinese)
    {
        foreach (var diagnostic in Reading.Diagnostics)
        {
            var at = TextSource.Of(Reading.Text, diagnostic.Span);
            error.WriteLine(string.Format(
                CultureInfo.InvariantCulture,
                "{0}:{1}:{2}: {3}: {4} “{5}”",
                Name,
                at.Line,
                at.Column,
                diagnostic.Code,
                Messages.Printable(chinese ? diagnostic.ChineseMessage : diagnostic.EnglishMessage),
                at.Excerpt));
        }
    }

    private static LocalDate? ParseDate(ArgumentResult result)
    {
        var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(token);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        result.AddError(string.Format(CultureInfo.InvariantCulture, "--published: expected a date as yyyy-MM-dd, found \"{0}\".", Messages.Window(token, 0)));
        return null;
    }
}
