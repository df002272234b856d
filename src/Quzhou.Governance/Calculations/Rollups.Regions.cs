using System;
using System.Collections.Generic;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Calculations;

/// <content>
/// Sums over regions: any set of regions (the four border cities 衢黄南饶), and county → city → province. Each
/// period of a sum is a gap when any region's period is a gap or outside its series (never filled); its
/// status is the weightiest of the values summed, and a break in basis when any region's basis changed since the
/// previous sum (a region's break in a period that is a gap of the sum carries to the next sum). Counts and amounts add across regions whether they are
/// flows or stocks (stations in four cities add up).
/// </content>
public static partial class Rollups
{
    /// <summary>The sum of the series of <paramref name="regions"/>, aligned by calendar on the span of all of them.</summary>
    /// <param name="series">The series by region, all of one indicator and frequency.</param>
    /// <param name="regions">The regions to sum, at least one, each present in <paramref name="series"/>.</param>
    /// <returns>The summed series.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A region is missing or repeated, none is given, or the indicators or frequencies differ.</exception>
    public static IndicatorSeries SumRegions(IReadOnlyDictionary<RegionCode, IndicatorSeries> series, IEnumerable<RegionCode> regions)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        Preconditions.CheckNotNull(regions, nameof(regions));
        var chosen = new List<IndicatorSeries>();
        var seen = new HashSet<RegionCode>();
        foreach (var region in regions)
        {
            if (!seen.Add(region))
            {
                Preconditions.ThrowArgument(nameof(regions), "The region " + region.ToString() + " is listed twice.");
            }

            if (!series.TryGetValue(region, out var s))
            {
                Preconditions.ThrowArgument(nameof(regions), "There is no series for the region " + region.ToString() + ".");
            }

            chosen.Add(Preconditions.CheckNotNull(s, nameof(series)));
        }

        Preconditions.CheckArgument(chosen.Count > 0, nameof(regions), "A sum over regions needs at least one region.");
        var panel = SeriesPanel.FromSeries(chosen);
        var length = panel.Length;
        var values = new long[length];
        var flags = new byte[length];
        var raw = panel.RawValues;
        var rawFlags = panel.RawFlags!;
        var breaks = BreakCarry.Create();
        for (var i = 0; i < length; i++)
        {
            long total = 0;
            var status = ObservationStatus.Final;
            var complete = true;
            for (var s = 0; s < chosen.Count; s++)
            {
                var f = rawFlags[(s * length) + i];
                if (f == PointFlags.Gap)
                {
                    complete = false;
                    continue; // the other regions' breaks still count: they carry to the next sum
                }

                if (PointFlags.IsBreak(f))
                {
                    breaks.Saw(i);
                }

                if (!complete)
                {
                    continue;
                }

                total = checked(total + raw[(s * length) + i]);
                var st = PointFlags.ToStatus(f);
                status = PointFlags.Rank(st) > PointFlags.Rank(status) ? st : status;
            }

            if (complete)
            {
                values[i] = total;
                flags[i] = breaks.NextSeen(i) ? PointFlags.Break : PointFlags.FromStatus(status);
            }
        }

        return new IndicatorSeries(panel.Indicator, panel.Start, values, flags);
    }

    /// <summary>Rolls regions up to <paramref name="level"/>: counties to their cities, or counties and cities to their provinces.</summary>
    /// <param name="series">The series by region.</param>
    /// <param name="level">The coarser level wanted.</param>
    /// <returns>One summed series per containing region, ordered by code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">A region is coarser than <paramref name="level"/>, or the series differ in indicator or frequency.</exception>
    public static SortedDictionary<RegionCode, IndicatorSeries> ToRegionLevel(IReadOnlyDictionary<RegionCode, IndicatorSeries> series, RegionLevel level)
    {
        Preconditions.CheckNotNull(series, nameof(series));
        var groups = new SortedDictionary<RegionCode, List<RegionCode>>();
        foreach (var region in series.Keys)
        {
            var parent = region.At(level);
            if (!groups.TryGetValue(parent, out var members))
            {
                members = new List<RegionCode>();
                groups.Add(parent, members);
            }

            members.Add(region);
        }

        var result = new SortedDictionary<RegionCode, IndicatorSeries>();
        foreach (var group in groups)
        {
            result.Add(group.Key, SumRegions(series, group.Value));
        }

        return result;
    }
}
