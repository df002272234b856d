using System;
using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Quzhou.Governance.Benchmarks.Series;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Benchmarks.Province;

/// <summary>
/// A province: 10,000,000 points (40,000 series — counties × indicators — × 250 months) per panel, <b>cold</b>: each
/// invocation reads the next of <see cref="Copies"/> copies of the data, so nothing is left in cache from the last
/// call. The library's caller-owned overloads against the bare loop, the operations of the city classes. Not in the
/// CI dry run (it needs about 2 GB); <c>eng/benchmark-sitting.sh</c> runs it.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ProvinceBenchmarks
{
    /// <summary>Copies used in turn (each 80 MB per panel, several times the last-level cache).</summary>
    private const int Copies = 3;
    private const int Lag = 12;
    private const int SeriesCount = SeriesData.ProvinceSeries;
    private static readonly Percentage Floor = new(97m);
    private SeriesPanel[] a = Array.Empty<SeriesPanel>();
    private SeriesPanel[] b = Array.Empty<SeriesPanel>();
    private RatePanel[] rates = Array.Empty<RatePanel>();
    private long[][] num = Array.Empty<long[]>();
    private long[][] den = Array.Empty<long[]>();
    private decimal[] percents = Array.Empty<decimal>();
    private decimal[] barePercents = Array.Empty<decimal>();
    private bool[] defined = Array.Empty<bool>();
    private UndefinedReason[] reasons = Array.Empty<UndefinedReason>();
    private long[] years = Array.Empty<long>();
    private long[] bareYears = Array.Empty<long>();
    private ObservationStatus?[] statuses = Array.Empty<ObservationStatus?>();
    private Streak[] streaks = Array.Empty<Streak>();
    private int[] longest = Array.Empty<int>();
    private ThresholdCheck[] checks = Array.Empty<ThresholdCheck>();
    private bool[] held = Array.Empty<bool>();
    private int turn;

    /// <summary>Year-on-year: the copies of one panel and the percentage buffers.</summary>
    [GlobalSetup(Targets = new[] { nameof(YearOnYearBareLoop), nameof(YearOnYearLibrary) })]
    public void SetupYearOnYear()
    {
        a = Panels(42, InterviewIndicators.TelecomFraudCases);
        percents = new decimal[a[0].RawValues.Length];
        barePercents = new decimal[percents.Length];
        defined = new bool[percents.Length];
        reasons = new UndefinedReason[percents.Length];
        OnCopy(0, YearOnYearBareLoop);
        OnCopy(0, YearOnYearLibrary);
        SeriesData.Agree(barePercents.AsSpan().SequenceEqual(percents), "the bare loop's percentage");
        for (var i = 0; i < defined.Length; i++)
        {
            SeriesData.Agree(defined[i] == (reasons[i] == UndefinedReason.None), "the bare loop's undefined points");
        }
    }

    /// <summary>Roll-up: the copies of one panel and the yearly buffers.</summary>
    [GlobalSetup(Targets = new[] { nameof(RollupBareLoop), nameof(RollupLibrary) })]
    public void SetupRollup()
    {
        a = Panels(42, InterviewIndicators.TelecomFraudCases);
        years = new long[SeriesCount * Rollups.CoarseLength(a[0], Frequency.Year)];
        bareYears = new long[years.Length];
        statuses = new ObservationStatus?[years.Length];
        OnCopy(0, RollupBareLoop);
        OnCopy(0, RollupLibrary);
        var coarse = years.Length / SeriesCount;
        for (var s = 0; s < SeriesCount; s++)
        {
            // The whole years agree; the partial 2025 is a gap in the library and left out by the bare loop.
            SeriesData.Agree(years.AsSpan(s * coarse, SeriesData.WholeYears).SequenceEqual(bareYears.AsSpan(s * coarse, SeriesData.WholeYears)) && statuses[(s * coarse) + SeriesData.WholeYears] is null, "the bare loop's years");
        }
    }

    /// <summary>Joint streak: the copies of two panels.</summary>
    [GlobalSetup(Targets = new[] { nameof(StreakBareLoop), nameof(StreakLibrary) })]
    public void SetupStreak()
    {
        a = Panels(42, InterviewIndicators.TelecomFraudCases);
        b = Panels(43, InterviewIndicators.TelecomFraudLosses);
        streaks = new Streak[SeriesCount];
        longest = new int[SeriesCount];
        OnCopy(0, StreakBareLoop);
        OnCopy(0, StreakLibrary);
        for (var s = 0; s < SeriesCount; s++)
        {
            SeriesData.Agree(streaks[s].Longest.Length == longest[s], "the bare loop's longest run");
        }
    }

    /// <summary>Threshold: the copies of the rate parts.</summary>
    [GlobalSetup(Targets = new[] { nameof(ThresholdBareLoop), nameof(ThresholdLibrary) })]
    public void SetupThreshold()
    {
        num = new long[Copies][];
        den = new long[Copies][];
        rates = new RatePanel[Copies];
        for (var c = 0; c < Copies; c++)
        {
            num[c] = SeriesData.Values(SeriesCount, 44 + c, 9_700, 10_000);
            den[c] = SeriesData.Denominators(SeriesCount);
            rates[c] = RatePanel.FromParts(InterviewIndicators.LocalDisputeResolutionRate, SeriesData.Start, SeriesData.Months, num[c], den[c]);
        }

        checks = new ThresholdCheck[SeriesCount];
        held = new bool[SeriesCount];
        OnCopy(0, ThresholdBareLoop);
        OnCopy(0, ThresholdLibrary);
        for (var s = 0; s < SeriesCount; s++)
        {
            SeriesData.Agree(checks[s].IsHeld == held[s], "the bare loop's threshold");
        }
    }

    /// <summary>Bare loop, exact: integer arithmetic on the counts, 四舍五入 at 2 decimals, a decimal per point and whether
    /// it is defined (see <see cref="SeriesData.BarePercents"/>).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("YearOnYearPercent")]
    public void YearOnYearBareLoop() => SeriesData.BarePercents(a[Next()].RawValues, SeriesCount, Lag, barePercents, defined);

    /// <summary>Library: exact percentages at 2 decimals and reasons into the caller's spans.</summary>
    [Benchmark]
    [BenchmarkCategory("YearOnYearPercent")]
    public void YearOnYearLibrary() => Changes.YearOnYear(a[Next()], 2, percents, reasons);

    /// <summary>Bare loop: whole years summed.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Rollup")]
    public void RollupBareLoop()
    {
        var values = a[Next()].RawValues;
        var coarse = years.Length / SeriesCount;
        for (var s = 0; s < SeriesCount; s++)
        {
            var o = s * SeriesData.Months;
            for (var y = 0; y < SeriesData.WholeYears; y++)
            {
                long sum = 0;
                for (var m = 0; m < 12; m++)
                {
                    sum += values[o + (y * 12) + m];
                }

                bareYears[(s * coarse) + y] = sum;
            }
        }
    }

    /// <summary>Library: whole years into the caller's spans.</summary>
    [Benchmark]
    [BenchmarkCategory("Rollup")]
    public void RollupLibrary() => Rollups.ToFrequency(a[Next()], Frequency.Year, years, statuses);

    /// <summary>Bare loop: the longest joint run per series.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("JointStreak")]
    [SuppressMessage("Quzhou.Governance", "QG0007:Year-on-year by row offset", Justification = "The bare loop written by hand on purpose.")]
    public void StreakBareLoop()
    {
        var c = Next();
        var x = a[c].RawValues;
        var y = b[c].RawValues;
        for (var s = 0; s < SeriesCount; s++)
        {
            var o = s * SeriesData.Months;
            int run = 0, best = 0;
            for (var i = Lag; i < SeriesData.Months; i++)
            {
                run = x[o + i] < x[o + i - Lag] && y[o + i] < y[o + i - Lag] ? run + 1 : 0;
                best = Math.Max(best, run);
            }

            longest[s] = best;
        }
    }

    /// <summary>Library: the streaks into the caller's span.</summary>
    [Benchmark]
    [BenchmarkCategory("JointStreak")]
    public void StreakLibrary()
    {
        var c = Next();
        Streaks.YearOnYearDeclines(a[c], b[c], streaks);
    }

    /// <summary>Bare loop: cross-multiplication with early exit.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Threshold")]
    public void ThresholdBareLoop()
    {
        var c = Next();
        var n = num[c];
        var d = den[c];
        for (var s = 0; s < SeriesCount; s++)
        {
            var o = s * SeriesData.Months;
            var ok = true;
            for (var i = 0; i < SeriesData.Months; i++)
            {
                if (n[o + i] * 100 < 97 * d[o + i])
                {
                    ok = false;
                    break;
                }
            }

            held[s] = ok;
        }
    }

    /// <summary>Library: the checks into the caller's span.</summary>
    [Benchmark]
    [BenchmarkCategory("Threshold")]
    public void ThresholdLibrary() => Thresholds.HeldAtOrAbove(rates[Next()], Floor, checks);

    private static SeriesPanel[] Panels(int seed, QuantityIndicator indicator)
    {
        var panels = new SeriesPanel[Copies];
        for (var c = 0; c < Copies; c++)
        {
            panels[c] = SeriesPanel.FromValues(indicator, SeriesData.Start, SeriesData.Months, SeriesData.Values(SeriesCount, seed + (100 * c)));
        }

        return panels;
    }

    /// <summary>Runs <paramref name="benchmark"/> on copy <paramref name="copy"/> (for the checks before timing).</summary>
    private void OnCopy(int copy, Action benchmark)
    {
        turn = (copy + Copies - 1) % Copies;
        benchmark();
    }

    private int Next()
    {
        turn = (turn + 1) % Copies;
        return turn;
    }
}
