using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Data;
using Quzhou.Governance.DataSets;

namespace Quzhou.Governance.Cli;

/// <summary>Loads what <c>review</c> and <c>audit</c> read, through the Data package (which decodes text with
/// <see cref="TextFiles"/>): a data set as CSV, JSON or xlsx by its extension, claims as JSON; every failure is one
/// line naming the file and where.</summary>
internal static class ReviewFiles
{
    /// <summary>The folder, beside the program, that holds the bundled example (copied there by the build).</summary>
    internal static string BundledFolder => Path.Combine(AppContext.BaseDirectory, "examples", "review");

    /// <summary>The bundled data set: the interview's indicators, monthly, illustrative.</summary>
    internal static string BundledData => Path.Combine(BundledFolder, "quzhou-data.csv");

    /// <summary>The bundled claims: the interview's figures.</summary>
    internal static string BundledClaims => Path.Combine(BundledFolder, "interview-claims.json");

    internal static bool TryLoadData(string path, out DataSet? data, out string message)
    {
        data = null;
        if (!TryFind(path, "a data set (.csv, .json or .xlsx)", out var full, out message))
        {
            return false;
        }

        var extension = Path.GetExtension(full).ToUpperInvariant();
        if (extension is not ".CSV" and not ".JSON" and not ".XLSX")
        {
            message = string.Format(CultureInfo.InvariantCulture, "{0}: expected a data set ending in .csv, .json or .xlsx, found \"{1}\".", full, Messages.Window(Path.GetExtension(full), 0));
            return false;
        }

        return TryRead(
            full,
            () => extension switch
            {
                ".CSV" => DataSetCsv.Load(full),
                ".JSON" => DataSetJson.Load(full),
                _ => DataSetXlsx.Load(full),
            },
            out data,
            out message);
    }

    /// <summary>The bundled plan targets: illustrative 十四五 targets for a few of the interview's indicators.</summary>
    internal static string BundledTargets => Path.Combine(BundledFolder, "quzhou-targets.csv");

    /// <summary>Loads plan targets: a targets CSV, the <c>targets</c> section of a JSON data set, or the <c>targets</c>
    /// sheet of a workbook.</summary>
    internal static bool TryLoadTargets(string path, out IReadOnlyList<DataSetTarget>? targets, out string message)
    {
        targets = null;
        if (!TryFind(path, "a targets file (.csv, .json or .xlsx)", out var full, out message))
        {
            return false;
        }

        var extension = Path.GetExtension(full).ToUpperInvariant();
        if (extension is not ".CSV" and not ".JSON" and not ".XLSX")
        {
            message = string.Format(CultureInfo.InvariantCulture, "{0}: expected a targets file ending in .csv, .json or .xlsx, found \"{1}\".", full, Messages.Window(Path.GetExtension(full), 0));
            return false;
        }

        return TryRead(
            full,
            () => extension switch
            {
                ".CSV" => PlanTargetsCsv.Load(full),
                ".JSON" => DataSetJson.Load(full).Targets,
                _ => DataSetXlsx.Load(full).Targets,
            },
            out targets,
            out message);
    }

    /// <summary>The data set with the targets of <paramref name="targetsPath"/>; with none given, the bundled targets
    /// for the bundled data, and a user's data set as it is (a JSON or xlsx data set may hold its own).</summary>
    internal static bool TryWithTargets(DataSet data, string? targetsPath, bool bundled, out DataSet? withTargets, out string message)
    {
        withTargets = data;
        message = string.Empty;
        if (targetsPath is null && !bundled)
        {
            return true;
        }

        if (!TryLoadTargets(targetsPath ?? BundledTargets, out var targets, out message))
        {
            message = targetsPath is null ? message + " (the bundled example is missing or damaged: rebuild qzgov)" : message;
            return false;
        }

        withTargets = data.WithTargets(targets!);
        return true;
    }

    internal static bool TryLoadClaims(string path, out IReadOnlyList<Claim>? claims, out string message)
    {
        claims = null;
        if (!TryFind(path, "a claims file (.json)", out var full, out message))
        {
            return false;
        }

        return TryRead(full, () => ClaimsJson.Load(full), out claims, out message);
    }

    internal static bool TryFind(string path, string what, out string full, out string message)
    {
        full = string.Empty;
        message = string.Empty;
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
            message = string.Format(CultureInfo.InvariantCulture, "{0} is a directory: give {1}.", full, what);
            return false;
        }

        if (!File.Exists(full))
        {
            message = string.Format(CultureInfo.InvariantCulture, "No such file: {0}", full);
            return false;
        }

        return true;
    }

    internal static bool TryRead<T>(string full, Func<T> load, out T? value, out string message)
        where T : class
    {
        value = null;
        message = string.Empty;
        try
        {
            value = load();
            return true;
        }
        catch (DataFileException ex)
        {
            message = Messages.Clip(ex.Error.Message, 600);
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            message = string.Format(CultureInfo.InvariantCulture, "Cannot read {0}: {1}", full, Messages.Plain(ex));
            return false;
        }
    }
}
