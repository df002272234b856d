using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Indicators;

namespace Quzhou.Governance.Cli;

/// <summary><c>qzgov audit --claims &lt;file&gt;</c>: the audits that need no data (<see cref="ClaimAudits.Run"/>):
/// structures against 100, streaks against their spans and each other, 个百分点 on counts, a count beside its change.
/// Exit 0 when nothing is found, 1 when something is, 2 on bad input. <c>qzgov audit &lt;text-file&gt;</c> reads the
/// claims out of a bulletin's text instead (<see cref="TextAudit"/>).</summary>
internal static class AuditCommand
{
    internal static Command Create(TextWriter output, TextWriter error)
    {
        var claims = ReviewOptions.File("--claims", "The claims to audit: a .json claims file (the bundled interview claims when left out).");
        var format = ReviewOptions.Format("text", "markdown", "json");
        var lang = ReviewOptions.Lang();
        var outputFile = ReviewOptions.File("--output", "Write to this file (UTF-8) instead of the terminal.");
        var (textFile, strict, published) = TextAudit.Options();
        var command = new Command("audit", "Audits published figures without data: can they be true at all, and do they agree with each other?") { claims, format, lang, outputFile, textFile, strict, published };
        command.SetAction(parsed => parsed.GetValue(textFile) is { } text
            ? TextAudit.Run(text, parsed.GetValue(claims), parsed.GetValue(published), parsed.GetValue(format) ?? ReviewFormat.Text, parsed.GetValue(lang) ?? "zh", parsed.GetValue(outputFile), parsed.GetValue(strict), output, error)
            : Run(parsed.GetValue(claims), parsed.GetValue(format) ?? ReviewFormat.Text, parsed.GetValue(lang) ?? "zh", parsed.GetValue(outputFile), output, error));
        return command;
    }

    internal static int Run(string? claimsPath, ReviewFormat format, string lang, string? outputPath, TextWriter output, TextWriter error)
    {
        var path = claimsPath ?? ReviewFiles.BundledClaims;
        if (!ReviewFiles.TryLoadClaims(path, out var claims, out var message))
        {
            error.WriteLine(message);
            return Program.BadInput;
        }

        var findings = ClaimAudits.Run(claims!, InterviewIndicators.All);
        return Write(Path.GetFileName(path), claims!, findings, null, format, lang, outputPath, output, error);
    }

    /// <summary>Prints the findings (with where each claim came from, for a text) and gives the exit code.</summary>
    internal static int Write(string name, IReadOnlyList<Claim> claims, IReadOnlyList<AuditFinding> findings, IReadOnlyDictionary<string, TextSource>? sources, ReviewFormat format, string lang, string? outputPath, TextWriter output, TextWriter error)
    {
        var zh = lang == "zh";
        string text;
        if (format == ReviewFormat.Json)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                json.WriteString("claims", name);
                json.WriteNumber("claimCount", claims!.Count);
                json.WriteStartArray("findings");
                foreach (var finding in findings)
                {
                    json.WriteStartObject();
                    json.WriteString("kind", finding.Kind.ToString());
                    json.WriteStartArray("claimIds");
                    foreach (var id in finding.ClaimIds)
                    {
                        json.WriteStringValue(id);
                    }

                    json.WriteEndArray();
                    json.WriteString("arithmetic", finding.Arithmetic);
                    json.WriteString("explanation", finding.ToString(lang, null));
                    TextAudit.WriteSources(json, finding, sources);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            text = Encoding.UTF8.GetString(stream.ToArray()) + "\n";
        }
        else
        {
            var markdown = format == ReviewFormat.Markdown;
            var lines = new StringBuilder();
            var head = zh
                ? name + "：" + claims!.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "项公布数据，无需数据的核查发现" + findings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "处问题。"
                : name + ": " + claims!.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " claims; the audits that need no data found " + findings.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " problem(s).";
            lines.Append(markdown ? ReviewMarkdown.Cell(head) : Messages.Printable(head)).Append('\n');
            foreach (var finding in findings)
            {
                var sentence = finding.ToString(lang, null);
                lines.Append(markdown ? "- " + ReviewMarkdown.Cell(sentence) : "  " + Messages.Printable(sentence)).Append('\n');
                TextAudit.AppendSources(lines, finding, sources, markdown, zh);
            }

            text = lines.ToString();
        }

        return ReviewCommand.TryWrite(text, outputPath, output, error) ? (findings.Count > 0 ? Program.Contradicted : Program.Success) : Program.BadInput;
    }
}
