using System;
using System.Diagnostics.CodeAnalysis;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Benchmarks.Series;

/// <summary>
/// The data of <c>benchmarks/pandas/pandas_series.py</c>: monthly series (regions × indicators) of 250 months,
/// 2005-01 … 2025-10 (20 whole years and the partial 2025), values 100–9,999, rates 97.00–99.99%; 4,000 series
/// make 1,000,000 points, 40,000 make the province's 10,000,000. Each benchmark builds only what it reads.
/// </summary>
internal static class SeriesData
{
    /// <summary>Periods per series.</summary>
    internal const int Months = 250;

    /// <summary>Series at the city scale (1,000,000 points).</summary>
    internal const int CitySeries = 4_000;

    /// <summary>Series at the province scale (10,000,000 points).</summary>
    internal const int ProvinceSeries = 40_000;

    /// <summary>The whole years of the axis (2005 … 2024); 2025 has only ten months.</summary>
    internal const int WholeYears = Months / 12;

    /// <summary>The first month.</summary>
    internal static readonly SeriesPeriod Start = SeriesPeriod.Month(2005, 1);

    /// <summary>
    /// Values in [min, max), series after series, by the generator rule <c>benchmarks/pandas/pandas_series.py</c> repeats
    /// in numpy, so that pandas reads the very same panel: point <c>i</c> is <c>min + SplitMix64(seed · 2^32 + i) mod
    /// (max − min)</c> (SplitMix64's finaliser, arithmetic modulo 2^64).
    /// </summary>
    internal static long[] Values(int seriesCount, int seed, int min = 100, int max = 10_000)
    {
        var values = new long[seriesCount * Months];
        var range = (ulong)(max - min);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = min + (long)(Mix(((ulong)seed << 32) + (ulong)i) % range);
        }

        return values;
    }

    /// <summary>SplitMix64's finaliser (Steele, Lea and Flood), modulo 2^64.</summary>
    internal static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>
    /// Prints <c>checksum NAME: Σ ((i mod 1000) + 1) · value_i</c> over <paramref name="values"/> (a result in the order
    /// the pandas script prints its own: points series after series, or one per series), for
    /// <c>eng/benchmark-sitting.sh</c> to compare with the pandas script's line of the same name. Only at the city scale.
    /// </summary>
    internal static void Checksum(string name, ReadOnlySpan<long> values)
    {
        long sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            sum = checked(sum + (((i % 1000) + 1) * values[i]));
        }

        Console.WriteLine("checksum " + name + ": " + sum.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Denominators of 10,000 for the rates 97.00–99.99%.</summary>
    internal static long[] Denominators(int seriesCount)
    {
        var values = new long[seriesCount * Months];
        values.AsSpan().Fill(10_000);
        return values;
    }

    /// <summary>Throws when a peer's result disagrees with the library's (checked once, before timing).</summary>
    internal static void Agree(bool agree, string what)
    {
        if (!agree)
        {
            throw new InvalidOperationException("Not like for like: " + what + " disagrees with the library.");
        }
    }

    /// <summary>Whether a peer's double percentage rounded at 2 decimals is the library's exact one. Only the peers that
    /// compute in double (Deedle, Microsoft.Data.Analysis, DuckDB) are held to this: a double may round a true midpoint
    /// the other way, so one step in the last place is allowed. The bare loop and LINQ are exact and compared exactly.</summary>
    internal static bool SamePercent(double peer, decimal library) => Math.Abs(peer - (double)library) <= 0.0100001;

    /// <summary>
    /// The exact floor of 同比 percentages at 2 decimals, as a user writes it by hand for counts (bases &gt; 0 or 0):
    /// (current − base) × 10,000 / base in integers, rounded half away from zero (四舍五入), made a decimal with 2 places;
    /// 0 and not defined in the first year and on a zero base. No decimal division, no double.
    /// </summary>
    [SuppressMessage("Quzhou.Governance", "QG0002:Hand-written relative change", Justification = "The bare loop written by hand on purpose, the floor Changes.YearOnYear is measured against.")]
    [SuppressMessage("Quzhou.Governance", "QG0007:Year-on-year by row offset", Justification = "The bare loop written by hand on purpose.")]
    internal static void BarePercents(long[] a, int seriesCount, int lag, decimal[] percents, bool[] defined)
    {
        for (var s = 0; s < seriesCount; s++)
        {
            var o = s * Months;
            for (var i = 0; i < lag; i++)
            {
                percents[o + i] = 0m;
                defined[o + i] = false;
            }

            for (var i = lag; i < Months; i++)
            {
                var prior = a[o + i - lag];
                if (prior == 0)
                {
                    percents[o + i] = 0m;
                    defined[o + i] = false;
                    continue;
                }

                var scaled = (a[o + i] - prior) * 10_000;
                var q = Math.DivRem(Math.Abs(scaled), prior, out var r);
                if (2 * r >= prior)
                {
                    q++;
                }

                percents[o + i] = new decimal((int)q, 0, 0, scaled < 0 && q != 0, 2);
                defined[o + i] = true;
            }
        }
    }
}
