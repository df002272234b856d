using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Periods;

namespace Quzhou.Governance.Data;

/// <summary>
/// Reads claims from UTF-8 JSON with <see cref="Utf8JsonReader"/> into a small tree that keeps each value's place,
/// then checks every part, so an error names the line, the column, the JSON path and the byte offset.
/// </summary>
internal sealed class ClaimJsonReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = 16 };

    private static readonly string[] ClaimFields =
        ["id", "kind", "subjects", "figures", "base", "region", "published", "period", "respectively", "predicate", "englishPredicate", "of"];

    private static readonly string[] SubjectFields = ["text", "indicator", "english"];

    private readonly byte[] bytes;
    private readonly int start;
    private readonly JsonPlaces places;

    private ClaimJsonReader(byte[] bytes, bool fileOffsets, string fileName)
    {
        this.bytes = bytes;
        start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        places = new JsonPlaces(bytes, start, fileOffsets, fileName);
    }

    internal static IReadOnlyList<Claim> Read(byte[] bytes, bool fileOffsets, string fileName) =>
        new ClaimJsonReader(bytes, fileOffsets, fileName).Read();

    private System.Collections.ObjectModel.ReadOnlyCollection<Claim> Read()
    {
        Node root;
        var json = new Utf8JsonReader(new ReadOnlySpan<byte>(bytes, start, bytes.Length - start), Options);
        try
        {
            if (!json.Read())
            {
                throw Error(bytes.Length - start, "$", null, "a JSON object with claims", "an empty file");
            }

            root = ReadNode(ref json, "$");
            if (json.Read())
            {
                throw Error(json.TokenStartIndex, "$", null, "the end of the file after the claims", Text(ref json));
            }
        }
        catch (JsonException e)
        {
            throw SyntaxError(e);
        }

        if (root.Type != JsonTokenType.StartObject)
        {
            throw Error(root.At, "$", null, "a JSON object with claims", root.Describe());
        }

        Node? claimsNode = null;
        foreach (var (name, nameAt, value) in root.Properties!)
        {
            switch (name)
            {
                case "claims":
                    claimsNode = value;
                    break;
                case "source":
                    _ = String(value, "$.source", name);
                    break;
                default:
                    throw Error(nameAt, "$." + name, name, "a property claims (or source, a note on where the claims come from)", name);
            }
        }

        if (claimsNode is null)
        {
            throw Error(root.At, "$", null, "a property claims, an array of claims", null);
        }

        if (claimsNode.Type != JsonTokenType.StartArray)
        {
            throw Error(claimsNode.At, "$.claims", "claims", "an array of claims", claimsNode.Describe());
        }

        var claims = new List<Claim>(claimsNode.Items!.Count);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < claimsNode.Items.Count; i++)
        {
            var path = "$.claims[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var claim = ReadClaim(claimsNode.Items[i], path);
            if (ids.TryGetValue(claim.Id, out var first))
            {
                var idNode = claimsNode.Items[i].Get("id")!;
                throw Error(idNode.At, path + ".id", "id", "an id not used before (claim " + first.ToString(CultureInfo.InvariantCulture) + " has it)", claim.Id);
            }

            ids.Add(claim.Id, i);
            claims.Add(claim);
        }

        for (var i = 0; i < claims.Count; i++)
        {
            for (var k = 0; k < claims[i].Of.Count; k++)
            {
                if (!ids.ContainsKey(claims[i].Of[k]))
                {
                    var at = "$.claims[" + i.ToString(CultureInfo.InvariantCulture) + "].of[" + k.ToString(CultureInfo.InvariantCulture) + "]";
                    throw Error(claimsNode.Items[i].Get("of")!.Items![k].At, at, "of", "the id of a claim in the file", claims[i].Of[k]);
                }
            }
        }

        return claims.AsReadOnly();
    }

    private Claim ReadClaim(Node node, string path)
    {
        if (node.Type != JsonTokenType.StartObject)
        {
            throw Error(node.At, path, null, "an object (a claim)", node.Describe());
        }

        CheckFields(node, path, ClaimFields, "a field of a claim");
        var id = String(Required(node, path, "id"), path + ".id", "id");
        if (id.Length == 0)
        {
            throw Error(node.Get("id")!.At, path + ".id", "id", "an id that is not empty", id);
        }

        var kindText = String(Required(node, path, "kind"), path + ".kind", "kind");
        if (!ClaimJsonNames.TryReadKind(kindText, out var kind))
        {
            throw Error(node.Get("kind")!.At, path + ".kind", "kind", ClaimJsonNames.KindExpected, kindText);
        }

        var subjects = ReadSubjects(Required(node, path, "subjects"), path + ".subjects");
        var figures = ReadFigures(Required(node, path, "figures"), path + ".figures");
        var @base = ClaimBase.None;
        if (node.Get("base") is { } baseNode)
        {
            var text = String(baseNode, path + ".base", "base");
            if (!ClaimJsonNames.TryReadBase(text, out @base, out var expected))
            {
                throw Error(baseNode.At, path + ".base", "base", expected, text);
            }
        }

        var regionNode = Required(node, path, "region");
        var regionText = String(regionNode, path + ".region", "region");
        if (!CellText.TryReadRegion(regionText, out var region, out var regionExpected))
        {
            throw Error(regionNode.At, path + ".region", "region", regionExpected, regionText);
        }

        var publishedNode = Required(node, path, "published");
        var publishedText = String(publishedNode, path + ".published", "published");
        if (!CellText.TryReadDate(publishedText, out var published) || published is null)
        {
            throw Error(publishedNode.At, path + ".published", "published", "a publication date such as 2025-11-28 (or 2025年11月28日)", publishedText);
        }

        CalendarPeriod? period = null;
        if (node.Get("period") is { } periodNode && periodNode.Type != JsonTokenType.Null)
        {
            var text = String(periodNode, path + ".period", "period");
            var read = CalendarPeriod.Read(text);
            if (!read.Success)
            {
                throw Error(periodNode.At, path + ".period", "period", "a period such as 2024, 2025-10 or 2021-01/2025-10, or null when the text states none (" + read.Error.Expected + ")", text);
            }

            period = read.Value;
        }

        var respectively = false;
        if (node.Get("respectively") is { } respectivelyNode)
        {
            if (respectivelyNode.Type is not JsonTokenType.True and not JsonTokenType.False)
            {
                throw Error(respectivelyNode.At, path + ".respectively", "respectively", "true or false", respectivelyNode.Describe());
            }

            respectively = respectivelyNode.Type == JsonTokenType.True;
        }

        var predicate = node.Get("predicate") is { } p ? String(p, path + ".predicate", "predicate") : null;
        var englishPredicate = node.Get("englishPredicate") is { } e ? String(e, path + ".englishPredicate", "englishPredicate") : null;
        try
        {
            var claim = new Claim(id, kind, subjects, figures, @base, region, published.Value, period, respectively, predicate, englishPredicate);
            return node.Get("of") is { } ofNode ? claim.WithOf(ReadOf(ofNode, path + ".of")) : claim;
        }
        catch (ArgumentException x)
        {
            var message = x.Message;
            var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            message = (cut >= 0 ? message.Substring(0, cut) : message).Trim().TrimEnd('.');
            var at = x.ParamName switch
            {
                "figures" => node.Get("figures")!,
                "base" => node.Get("base") ?? node.Get("kind")!,
                "respectively" => node.Get("respectively") ?? node,
                "subjects" => node.Get("subjects")!,
                "ids" => node.Get("of")!,
                _ => node,
            };
            var name = at == node ? null : x.ParamName == "ids" ? "of" : x.ParamName;
            throw Error(at.At, name is null ? path : path + "." + name, name, "a claim whose parts fit its kind " + kindText + " (" + message + ")", null);
        }
    }

    private List<string> ReadOf(Node node, string path)
    {
        if (node.Type != JsonTokenType.StartArray)
        {
            throw Error(node.At, path, "of", "an array of the ids of the claims this one is of, such as [\"cases\"]", node.Describe());
        }

        var ids = new List<string>(node.Items!.Count);
        for (var i = 0; i < node.Items.Count; i++)
        {
            ids.Add(NotEmpty(node.Items[i], path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", "of"));
        }

        return ids;
    }

    private List<ClaimSubject> ReadSubjects(Node node, string path)
    {
        if (node.Type != JsonTokenType.StartArray || node.Items!.Count == 0)
        {
            throw Error(node.At, path, "subjects", "an array of at least one subject, {\"text\": …, \"indicator\": …}", node.Describe());
        }

        var subjects = new List<ClaimSubject>(node.Items.Count);
        for (var i = 0; i < node.Items.Count; i++)
        {
            var item = node.Items[i];
            var at = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (item.Type != JsonTokenType.StartObject)
            {
                throw Error(item.At, at, null, "an object (a subject) with text, and indicator and english if known", item.Describe());
            }

            CheckFields(item, at, SubjectFields, "a field of a subject");
            var text = NotEmpty(Required(item, at, "text"), at + ".text", "text");
            var code = item.Get("indicator") is { } c ? NotEmpty(c, at + ".indicator", "indicator") : null;
            var english = item.Get("english") is { } en ? NotEmpty(en, at + ".english", "english") : null;
            subjects.Add(new ClaimSubject(text, code, english));
        }

        return subjects;
    }

    private List<PublishedFigure> ReadFigures(Node node, string path)
    {
        if (node.Type != JsonTokenType.StartArray || node.Items!.Count == 0)
        {
            throw Error(node.At, path, "figures", "an array of at least one figure as printed, such as [\"下降6.67%\"]", node.Describe());
        }

        var figures = new List<PublishedFigure>(node.Items.Count);
        for (var i = 0; i < node.Items.Count; i++)
        {
            var at = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var text = String(node.Items[i], at, "figures");
            var read = PublishedFigure.Read(text);
            if (!read.Success)
            {
                throw Error(node.Items[i].At, at, "figures", "a figure as printed, such as 下降6.67% or 19万余次 (" + read.Error.Expected + " at position " + read.Error.Position.ToString(CultureInfo.InvariantCulture) + ")", text);
            }

            figures.Add(read.Value);
        }

        return figures;
    }

    private void CheckFields(Node node, string path, string[] allowed, string what)
    {
        foreach (var (name, nameAt, _) in node.Properties!)
        {
            if (Array.IndexOf(allowed, name) < 0)
            {
                throw Error(nameAt, path + "." + name, name, what + ": " + string.Join(", ", allowed), name);
            }
        }
    }

    private Node Required(Node node, string path, string name) =>
        node.Get(name) ?? throw Error(node.At, path, null, "a property " + name + " (the object has none)", null);

    private string String(Node node, string path, string name) =>
        node.Type == JsonTokenType.String ? node.Text! : throw Error(node.At, path, name, "a string", node.Describe());

    private string NotEmpty(Node node, string path, string name)
    {
        var text = String(node, path, name);
        return text.Length > 0 ? text : throw Error(node.At, path, name, "a string that is not empty", text);
    }

    private Node ReadNode(ref Utf8JsonReader json, string path)
    {
        var node = new Node(json.TokenType, json.TokenStartIndex);
        switch (json.TokenType)
        {
            case JsonTokenType.StartObject:
                node.Properties = [];
                while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
                {
                    var name = json.GetString()!;
                    var nameAt = json.TokenStartIndex;
                    foreach (var property in node.Properties)
                    {
                        if (property.Name == name)
                        {
                            throw Error(nameAt, path + "." + name, name, "each property once", name);
                        }
                    }

                    json.Read();
                    node.Properties.Add((name, nameAt, ReadNode(ref json, path + "." + name)));
                }

                break;
            case JsonTokenType.StartArray:
                node.Items = [];
                while (json.Read() && json.TokenType != JsonTokenType.EndArray)
                {
                    node.Items.Add(ReadNode(ref json, path + "[" + node.Items.Count.ToString(CultureInfo.InvariantCulture) + "]"));
                }

                break;
            case JsonTokenType.String:
                node.Text = json.GetString();
                break;
            default:
                node.Text = Text(ref json);
                break;
        }

        return node;
    }

    private static string Text(ref Utf8JsonReader json) => JsonPlaces.Text(ref json);

    private DataFileException Error(long offset, string path, string? name, string expected, string? found) =>
        places.Error(offset, path, name, expected, found);

    private DataFileException SyntaxError(JsonException e) => places.SyntaxError(e);

    /// <summary>A JSON value with the offset it starts at (from after a byte-order mark).</summary>
    private sealed class Node(JsonTokenType type, long at)
    {
        public JsonTokenType Type { get; } = type;

        public long At { get; } = at;

        public string? Text { get; set; }

        public List<(string Name, long NameAt, Node Value)>? Properties { get; set; }

        public List<Node>? Items { get; set; }

        public Node? Get(string name)
        {
            foreach (var property in Properties!)
            {
                if (property.Name == name)
                {
                    return property.Value;
                }
            }

            return null;
        }

        public string Describe() => Type switch
        {
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.String => "the string \"" + Text + "\"",
            _ => Text ?? string.Empty,
        };
    }
}
