using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Quzhou.Governance.Claims;

namespace Quzhou.Governance.Cli;

/// <summary>The panel as JSON: the summary, then one object per figure with the exact recomputed value (as a
/// number's text, not a double), the period, the readings and what is missing, and the explanation.</summary>
internal static class ReviewJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static string Write(ReviewReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("data", report.DataName);
            json.WriteString("claims", report.ClaimsName);
            json.WriteString("lang", report.Lang);
            json.WriteStartObject("summary");
            foreach (var kind in new[] { Claims.ClaimVerdictKind.Holds, Claims.ClaimVerdictKind.Contradicted, Claims.ClaimVerdictKind.Ambiguous, Claims.ClaimVerdictKind.Undefined, Claims.ClaimVerdictKind.Unverifiable, Claims.ClaimVerdictKind.HoldsOnEarlierVintageOnly })
            {
                json.WriteNumber(ReviewReport.KindCode(kind), report.Count(kind));
            }

            json.WriteEndObject();
            json.WriteStartArray("verdicts");
            foreach (var (claim, verdict) in report.Rows)
            {
                json.WriteStartObject();
                json.WriteString("claim", claim.Id);
                json.WriteString("sentence", claim.ToString(report.Lang, null));
                json.WriteString("subject", verdict.Subject.Text);
                if (verdict.SubjectEnglishName is { } english)
                {
                    json.WriteString("subjectEnglish", english);
                }
                if (verdict.Subject.IndicatorCode is { } code)
                {
                    json.WriteString("indicator", code);
                }

                json.WriteString("published", verdict.Figure.ToString());
                json.WriteString("verdict", ReviewReport.KindCode(verdict.Kind));
                if (verdict.Value is { } value)
                {
                    json.WriteString("value", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    json.WriteString("valueText", verdict.FormatValue(report.Lang, null));
                }

                if (verdict.Numerator is { } numerator && verdict.Denominator is { } denominator)
                {
                    json.WriteNumber("numerator", numerator);
                    json.WriteNumber("denominator", denominator);
                }

                if (verdict.RevisedValue is { } revised)
                {
                    json.WriteString("revisedValue", revised.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                if (verdict.Printed is { } printed)
                {
                    json.WriteString("printsAs", printed.ToString());
                }

                if (verdict.Period is { } period)
                {
                    json.WriteString("period", period.ToString("S", null));
                }

                if (verdict.Readings.Count > 0)
                {
                    json.WriteStartArray("readings");
                    foreach (var reading in verdict.Readings)
                    {
                        json.WriteStartObject();
                        json.WriteString("reading", ReviewReport.ReadingCode(reading.Kind));
                        if (reading.Measure != ClaimReadingKind.AsWorded)
                        {
                            json.WriteString("measure", ReviewReport.ReadingCode(reading.Measure));
                        }
                        json.WriteString("period", reading.Period.ToString("S", null));
                        json.WriteString("value", reading.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        json.WriteBoolean("fits", reading.Fits);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                if (verdict.Missing.Count > 0)
                {
                    json.WriteStartArray("missing");
                    foreach (var missing in verdict.Missing)
                    {
                        json.WriteStringValue(missing);
                    }

                    json.WriteEndArray();
                }

                json.WriteString("explanation", report.Explanation(verdict));
                if (report.SourceOf(claim) is { } source)
                {
                    json.WritePropertyName("source");
                    source.WriteJson(json, null);
                }
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteTargets(json, report);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The <c>targets</c> array: each plan target, its progress (exact shares as a number's text) and its verdict.</summary>
    private static void WriteTargets(Utf8JsonWriter json, ReviewReport report)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        json.WriteStartArray("targets");
        foreach (var target in report.Targets)
        {
            var plan = target.Plan;
            json.WriteStartObject();
            json.WriteString("indicator", plan.Indicator.Code);
            json.WriteString("subject", plan.Indicator.ChineseName);
            json.WriteString("subjectEnglish", plan.Indicator.EnglishName);
            json.WriteString("region", target.Target.Region.ToString());
            json.WriteNumber("plan", plan.Plan.Ordinal);
            json.WriteString("planName", target.PlanName(report.Chinese));
            json.WriteString("target", target.TargetText(report.Chinese));
            json.WriteString("targetValue", plan.TargetValue.ToString(invariant));
            if (plan.Kind != Calculations.PlanTargetKind.Cumulative)
            {
                json.WriteString("baseValue", plan.BaseValue.ToString(invariant));
            }

            if (target.Progress is { } progress)
            {
                if (progress.Current is { } current)
                {
                    json.WriteString("latest", current.ToString(invariant));
                }

                if (target.LatestPeriod is { } period)
                {
                    json.WriteString("latestPeriod", period.ToString("S", null));
                }

                if (progress.IsDefined)
                {
                    json.WriteString("achievedShare", progress.AchievedShare.ToString(invariant));
                    json.WriteString("achievedText", target.Achieved);
                }

                json.WriteNumber("monthsElapsed", progress.MonthsElapsed);
                json.WriteString("elapsedShare", progress.ElapsedShare.ToString(invariant));
                json.WriteString("elapsedText", target.Elapsed(report.Chinese));
                if (progress.IsOnTrack is { } onTrack)
                {
                    json.WriteBoolean("onTrack", onTrack);
                }

                if (progress.IsTargetMet is { } met)
                {
                    json.WriteBoolean("met", met);
                }
            }

            json.WriteString("verdict", target.Code);
            json.WriteString("verdictText", target.Verdict(report.Chinese));
            json.WriteString("explanation", target.Explanation(report.Chinese));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
