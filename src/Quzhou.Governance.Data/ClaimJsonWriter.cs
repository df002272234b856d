using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using Quzhou.Governance.Claims;

namespace Quzhou.Governance.Data;

/// <summary>Writes claims as JSON: each figure as it prints (so 97.10% keeps its zero), Chinese as it is, a part
/// left out when it has nothing to say (no base, no period, not 分别, no predicate).</summary>
internal static class ClaimJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal static void Write(IReadOnlyList<Claim> claims, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteStartArray("claims");
        foreach (var claim in claims)
        {
            json.WriteStartObject();
            json.WriteString("id", claim.Id);
            json.WriteString("kind", ClaimJsonNames.Kind(claim.Kind));
            json.WriteStartArray("subjects");
            foreach (var subject in claim.Subjects)
            {
                json.WriteStartObject();
                json.WriteString("text", subject.Text);
                if (subject.IndicatorCode is { } code)
                {
                    json.WriteString("indicator", code);
                }

                if (subject.EnglishText is { } english)
                {
                    json.WriteString("english", english);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("figures");
            foreach (var figure in claim.Figures)
            {
                json.WriteStringValue(figure.ToString());
            }

            json.WriteEndArray();
            if (claim.Base.IsChange)
            {
                json.WriteString("base", ClaimJsonNames.Base(claim.Base));
            }

            json.WriteString("region", claim.Region.ToString());
            json.WriteString("published", CellText.Date(claim.Published));
            if (claim.Period is { } period)
            {
                json.WriteString("period", period.ToString("S", null));
            }

            if (claim.Respectively)
            {
                json.WriteBoolean("respectively", true);
            }

            if (claim.Predicate is { } predicate)
            {
                json.WriteString("predicate", predicate);
            }

            if (claim.EnglishPredicate is { } englishPredicate)
            {
                json.WriteString("englishPredicate", englishPredicate);
            }

            if (claim.Of.Count > 0)
            {
                json.WriteStartArray("of");
                foreach (var id in claim.Of)
                {
                    json.WriteStringValue(id);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
