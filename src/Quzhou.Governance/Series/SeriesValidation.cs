using System;
using System.Globalization;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Series;

/// <summary>
/// The one place that validates what goes into a series or a panel, so that every way in (the factories
/// <c>FromValues</c>, <c>FromParts</c>, <c>FromSeries</c> and the builders' <c>Add</c>, <c>AddParts</c>,
/// <c>AddPublished</c>) accepts and rejects the same values with the same words, naming the caller's argument.
/// Loops test the cheap condition and call a <c>Throw…</c> member only to throw.
/// </summary>
internal static class SeriesValidation
{
    /// <summary>The most decimals a published percentage may print.</summary>
    internal const int MaxPublishedDecimals = 10;

    /// <summary>Checks an axis of <paramref name="length"/> periods from <paramref name="start"/>: the start lies in
    /// the years 1–9999 and the axis does not run past 9999.</summary>
    /// <param name="start">The first period (the caller's <c>start</c>).</param>
    /// <param name="length">The number of periods.</param>
    /// <param name="lengthName">The caller's argument that gives the length (<c>values</c>, <c>length</c>, …).</param>
    /// <param name="startName">The caller's argument that gives the start.</param>
    internal static void CheckAxis(SeriesPeriod start, int length, string lengthName, string startName = "start")
    {
        if (!start.IsInCalendar)
        {
            Preconditions.ThrowArgument(startName, "The start " + start.ToString() + " is outside the years 1-9999 (the default SeriesPeriod is).");
        }

        if (length - 1 > start.PeriodsToEndOfCalendar)
        {
            Preconditions.ThrowArgumentOutOfRange(lengthName, length, 0, start.PeriodsToEndOfCalendar + 1);
        }
    }

    /// <summary>Checks the shape of a panel: a length of at least 1 on the calendar, and a whole number of series,
    /// at least one (the same rule for every panel factory: a panel with no series has nothing to align and is refused).</summary>
    internal static int CheckPanelShape(SeriesPeriod start, int length, int valueCount, string valuesName)
    {
        Preconditions.CheckArgumentRange(nameof(length), length, 1, int.MaxValue);
        CheckAxis(start, length, nameof(length));
        Preconditions.CheckArgument(valueCount % length == 0, valuesName, "The number of " + valuesName + " must be a whole multiple of the length {0}.", length);
        Preconditions.CheckArgument(valueCount > 0, valuesName, "A panel needs at least one series: give at least {0} " + valuesName + ".", length);
        return valueCount / length;
    }

    /// <summary>Checks one value of a count or amount indicator: a count is never negative (an amount in 分 may be).</summary>
    internal static void CheckValue(QuantityIndicator indicator, SeriesPeriod period, long value, string paramName)
    {
        if (value < 0 && indicator is CountIndicator)
        {
            ThrowNegativeCount(indicator, period, value, paramName);
        }
    }

    /// <summary>Checks values laid out series after series on an axis of <paramref name="length"/> periods from
    /// <paramref name="start"/> (a single series when the length is the number of values).</summary>
    internal static void CheckValues(QuantityIndicator indicator, SeriesPeriod start, int length, ReadOnlySpan<long> values, string paramName)
    {
        if (indicator is not CountIndicator)
        {
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] < 0)
            {
                ThrowNegativeCount(indicator, start.PlusPeriods(i % length), values[i], paramName);
            }
        }
    }

    /// <summary>Checks the parts of one rate: neither is negative, and a share's numerator is not above its denominator
    /// (a zero denominator is accepted: its rate is undefined, a value).</summary>
    internal static void CheckParts(RateIndicator indicator, SeriesPeriod period, long numerator, long denominator, string numeratorName, string denominatorName)
    {
        if (numerator < 0 || denominator < 0 || (numerator > denominator && !indicator.MayExceedHundredPercent))
        {
            ThrowParts(indicator, period, numerator, denominator, numeratorName, denominatorName);
        }
    }

    /// <summary>Checks parts laid out series after series on an axis of <paramref name="length"/> periods.</summary>
    internal static void CheckParts(RateIndicator indicator, SeriesPeriod start, int length, ReadOnlySpan<long> numerators, ReadOnlySpan<long> denominators, string numeratorsName, string denominatorsName)
    {
        Preconditions.CheckArgument(numerators.Length == denominators.Length, denominatorsName, "There must be as many " + denominatorsName + " as " + numeratorsName + " ({0}).", numerators.Length);
        var mayExceed = indicator.MayExceedHundredPercent;
        for (var i = 0; i < numerators.Length; i++)
        {
            long n = numerators[i], d = denominators[i];
            if (n < 0 || d < 0 || (n > d && !mayExceed))
            {
                ThrowParts(indicator, start.PlusPeriods(i % length), n, d, numeratorsName, denominatorsName);
            }
        }
    }

    /// <summary>Checks a percentage known only as published: 0 or more (at most 100 for a share), 0–10 decimals
    /// printed, and the printed precision holds the value (97.18 cannot have been printed with 1 decimal).</summary>
    internal static void CheckPublished(RateIndicator indicator, decimal percent, int decimals, string percentName, string decimalsName)
    {
        Preconditions.CheckArgumentRange(percentName, percent, 0m, indicator.MayExceedHundredPercent ? decimal.MaxValue : 100m);
        CheckPrintedPrecision(percent, decimals, percentName, decimalsName);
    }

    /// <summary>Checks that <paramref name="decimals"/> (0–10) printed decimals hold <paramref name="value"/>: 97.18 needs
    /// at least 2, 97.10 (= 97.1) at least 1. A printed figure is exact at its own precision, so a value with more
    /// digits than were printed is a mistake in the call, never rounded silently.</summary>
    internal static void CheckPrintedPrecision(decimal value, int decimals, string valueName, string decimalsName)
    {
        Preconditions.CheckArgumentRange(decimalsName, decimals, 0, MaxPublishedDecimals);
        if (Rounding.HalfAwayFromZero(value, decimals) != value)
        {
            Preconditions.ThrowArgument(
                decimalsName,
                "The " + valueName + " " + value.ToString(CultureInfo.InvariantCulture) + " has more decimals than the "
                + decimals.ToString(CultureInfo.InvariantCulture) + " printed; a printed figure holds its value exactly.");
        }
    }

    private static void ThrowNegativeCount(QuantityIndicator indicator, SeriesPeriod period, long value, string paramName) =>
        Preconditions.ThrowArgument(
            paramName,
            "A count cannot be negative: " + value.ToString(CultureInfo.InvariantCulture) + " for " + period.ToString() + " of " + indicator.Code + ".");

    private static void ThrowParts(RateIndicator indicator, SeriesPeriod period, long numerator, long denominator, string numeratorName, string denominatorName)
    {
        var parts = numerator.ToString(CultureInfo.InvariantCulture) + "/" + denominator.ToString(CultureInfo.InvariantCulture) + " for " + period.ToString();
        if (denominator < 0 && numerator >= 0)
        {
            Preconditions.ThrowArgument(denominatorName, "The parts of a rate cannot be negative: " + parts + ".");
        }

        if (numerator < 0)
        {
            Preconditions.ThrowArgument(numeratorName, "The parts of a rate cannot be negative: " + parts + ".");
        }

        Preconditions.ThrowArgument(numeratorName, "The share " + indicator.Code + " cannot exceed 100%: " + parts + ".");
    }
}
