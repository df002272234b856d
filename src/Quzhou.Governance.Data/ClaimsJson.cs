using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using Quzhou.Governance.Claims;

namespace Quzhou.Governance.Data;

/// <summary>
/// Loads and saves <see cref="Claim"/>s as JSON, so a platform can keep its “数说五年” panel as data, losslessly:
/// saving then loading gives equal claims (each figure as printed, with its precision, qualifier and direction word;
/// the subjects with their indicator codes and English words; the kind, base, region, publication date, period or
/// none, 分别 and the predicate). The file is an object <c>{"claims": [{"id": …, "kind": "relative-change",
/// "subjects": [{"text": "未成年人犯罪案件", "indicator": "juvenile-crime.cases"}], "figures": ["下降6.67%"],
/// "base": "year-on-year", "region": "330800", "published": "2025-11-28", "period": "2024"}]}</c> (see
/// docs/data.md). Loading refuses the first bad value with a <see cref="DataFileException"/> naming the file, the
/// line and column, the JSON path and what was expected: nothing is skipped or filled. Saving writes UTF-8 without a
/// byte-order mark, indented, with Chinese as it is.
/// </summary>
public static class ClaimsJson
{
    /// <summary>Loads the claims in the JSON file at <paramref name="path"/>. The file is UTF-8 (with or without a
    /// byte-order mark); a file in another encoding <see cref="TextFiles"/> knows (UTF-16, GB18030) is decoded by it,
    /// and its errors then give no byte offset.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The claims, in the file's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="DataFileException">The file is not a claims file; the error says where and why.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<Claim> Load(string path)
    {
        _ = path ?? throw new ArgumentNullException(nameof(path));
        var bytes = File.ReadAllBytes(path);
        if (JsonDataReader.IsUtf8(bytes))
        {
            return ClaimJsonReader.Read(bytes, fileOffsets: true, path);
        }

        var text = TextFiles.ReadAllText(path);
        return ClaimJsonReader.Read(new System.Text.UTF8Encoding(false).GetBytes(text), fileOffsets: false, path);
    }

    /// <summary>Loads the claims in the JSON file at <paramref name="path"/> as <see cref="Load(string)"/> does,
    /// without throwing for a bad file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="claims">The claims, or null.</param>
    /// <param name="error">Where and why loading failed, or null.</param>
    /// <returns>Whether the file loaded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static bool TryLoad(string path, [NotNullWhen(true)] out IReadOnlyList<Claim>? claims, [NotNullWhen(false)] out DataFileError? error)
    {
        try
        {
            claims = Load(path);
            error = null;
            return true;
        }
        catch (DataFileException e)
        {
            claims = null;
            error = e.Error;
            return false;
        }
    }

    /// <summary>Reads claims from a stream of UTF-8 JSON (with or without a byte-order mark, as RFC 8259 requires).</summary>
    /// <param name="stream">The bytes; read to their end, not disposed.</param>
    /// <param name="fileName">The name errors give for the bytes.</param>
    /// <returns>The claims, in the order given.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFileException">The bytes are not UTF-8, not JSON, or not a claims file.</exception>
    public static IReadOnlyList<Claim> Read(Stream stream, string fileName)
    {
        _ = stream ?? throw new ArgumentNullException(nameof(stream));
        _ = fileName ?? throw new ArgumentNullException(nameof(fileName));
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        if (!JsonDataReader.IsUtf8(bytes, out var bad))
        {
            throw new DataFileException(new DataFileError(fileName, 0, 0, null, bad, "UTF-8, as JSON is (RFC 8259)", null));
        }

        return ClaimJsonReader.Read(bytes, fileOffsets: true, fileName);
    }

    /// <summary>Saves <paramref name="claims"/> to <paramref name="path"/> as UTF-8 JSON.</summary>
    /// <param name="claims">The claims; their ids are unique.</param>
    /// <param name="path">The file, created or overwritten.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or a claim is.</exception>
    /// <exception cref="ArgumentException">Two claims have the same id.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Save(IEnumerable<Claim> claims, string path)
    {
        _ = path ?? throw new ArgumentNullException(nameof(path));
        var list = CheckClaims(claims);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        ClaimJsonWriter.Write(list, stream);
    }

    /// <summary>Writes <paramref name="claims"/> as UTF-8 JSON.</summary>
    /// <param name="claims">The claims; their ids are unique.</param>
    /// <param name="stream">Where to write; not disposed.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or a claim is.</exception>
    /// <exception cref="ArgumentException">Two claims have the same id.</exception>
    public static void Write(IEnumerable<Claim> claims, Stream stream)
    {
        _ = stream ?? throw new ArgumentNullException(nameof(stream));
        ClaimJsonWriter.Write(CheckClaims(claims), stream);
    }

    private static Claim[] CheckClaims(IEnumerable<Claim> claims)
    {
        _ = claims ?? throw new ArgumentNullException(nameof(claims));
        var list = claims.ToArray();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in list)
        {
            if (claim is null)
            {
                throw new ArgumentNullException(nameof(claims), "A claim in the list is null.");
            }

            if (!ids.Add(claim.Id))
            {
                throw new ArgumentException("Claim ids are unique within a file, but \"" + claim.Id + "\" is given twice.", nameof(claims));
            }
        }

        return list;
    }
}
