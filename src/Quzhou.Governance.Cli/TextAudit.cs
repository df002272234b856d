using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Text.Json;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Indicators;

namespace Quzhou.Governance.Cli;

/// <summary>
/// <c>qzgov audit &lt;text-file&gt;</c>: every audit that needs no data (<see cref="ClaimAudits.Run"/>) on the claims
/// read out of a bulletin's text, printed as <c>audit --claims</c> prints them, each finding with where its claims came
/// from. Exit 0 when nothing is found, 1 when something is (<c>--strict</c>: also when some text could not be read
/// with certainty), 2 on bad input.
/// </summary>
internal static class TextAudit
{
    internal static (Argument<string?> TextFile, Option<bool> Strict, Option<LocalDate?> Published) Options()
    {
        var file = new Argument<string?>("text-file")
        {
            Description = "A bulletin's text to audit (UTF-8, UTF-16 or GB18030); without it, the claims of --claims.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var strict = new Option<bool>("--strict") { Description = "With a text file: exit 1 also when some text could not be read with certainty." };
        return (file, strict, TextClaims.PublishedOption());
    }

    internal static int Run(string textPath, string? claimsPath, LocalDate? published, ReviewFormat format, string lang, string? outputPath, bool strict, TextWriter output, TextWriter error)
    {
        if (claimsPath is not null)
        {
            error.WriteLine("audit takes a text file or --claims, not both: the claims are read out of the text.");
            return Program.BadInput;
        }

        if (!TextClaims.TryRead(textPath, published, out var claims, out var message))
        {
            error.WriteLine(message);
            return Program.BadInput;
        }

        var findings = ClaimAudits.Run(claims!.Claims, InterviewIndicators.All);
        var code = AuditCommand.Write(claims.Name, claims.Claims, findings, claims.Sources, format, lang, outputPath, output, error);
        claims.WriteDiagnostics(error, lang == "zh");
        return claims.StrictCode(code, strict);
    }

    /// <summary>Under a finding's line, where each of its claims came from.</summary>
    internal static void AppendSources(StringBuilder lines, AuditFinding finding, IReadOnlyDictionary<string, TextSource>? sources, bool markdown, bool chinese)
    {
        if (sources is null)
        {
            return;
        }

        foreach (var id in finding.ClaimIds)
        {
            if (sources.TryGetValue(id, out var source))
            {
                var line = id + " " + source.ToString(chinese);
                lines.Append(markdown ? "  - " + ReviewMarkdown.Cell(line) : "    " + Messages.Printable(line)).Append('\n');
            }
        }
    }

    /// <summary>In a finding's JSON object, where each of its claims came from.</summary>
    internal static void WriteSources(Utf8JsonWriter json, AuditFinding finding, IReadOnlyDictionary<string, TextSource>? sources)
    {
        if (sources is null)
        {
            return;
        }

        json.WriteStartArray("sources");
        foreach (var id in finding.ClaimIds)
        {
            if (sources.TryGetValue(id, out var source))
            {
                source.WriteJson(json, id);
            }
        }

        json.WriteEndArray();
    }
}
