using System;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Quzhou.Governance.Periods;

namespace Quzhou.Governance.Benchmarks.Periods;

/// <summary>
/// 较“十三五”同期 over a million month ranges inside the 14th plan: the library's
/// <see cref="FiveYearPlan.SameSpanInPrevious(CalendarPeriod)"/> against the <see cref="DateTime.AddYears(int)"/>
/// code a user writes (baseline), with bare month-index arithmetic as the floor.
/// </summary>
[MemoryDiagnoser]
public class SameSpanBenchmarks
{
    private const int Ranges = 1_000_000;

    private CalendarPeriod[] periods = [];
    private DateTime[] starts = [];
    private DateTime[] ends = [];
    private int[] firstMonths = [];
    private int[] lastMonths = [];
    private FiveYearPlan plan;

    /// <summary>Builds a million month ranges inside 2021–2025, in each representation.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20210101);
        plan = FiveYearPlan.FromOrdinal(14);
        periods = new CalendarPeriod[Ranges];
        starts = new DateTime[Ranges];
        ends = new DateTime[Ranges];
        firstMonths = new int[Ranges];
        lastMonths = new int[Ranges];
        var planStart = MonthIndex.Of(2021, 1);
        for (var i = 0; i < Ranges; i++)
        {
            var a = random.Next(60);
            var b = random.Next(60);
            var first = planStart + Math.Min(a, b);
            var last = planStart + Math.Max(a, b);
            periods[i] = CalendarPeriod.ForMonths(MonthIndex.ToYearMonth(first), MonthIndex.ToYearMonth(last));
            starts[i] = periods[i].Start.ToDateTimeUnspecified();
            ends[i] = periods[i].End.ToDateTimeUnspecified();
            firstMonths[i] = first;
            lastMonths[i] = last;
        }
    }

    /// <summary>User code: move both ends five years back with <see cref="DateTime.AddYears(int)"/>
    /// (which gets 29 February right but not the end of a February that becomes a leap one).</summary>
    /// <returns>A checksum of the days.</returns>
    [Benchmark(Baseline = true)]
    public long DateTimeAddYears()
    {
        long sum = 0;
        for (var i = 0; i < starts.Length; i++)
        {
            var start = starts[i].AddYears(-5);
            var end = ends[i].AddYears(-5);
            sum += start.Day + end.Day;
        }

        return sum;
    }

    /// <summary>The library.</summary>
    /// <returns>A checksum of the days.</returns>
    [Benchmark]
    public long Library()
    {
        long sum = 0;
        var fourteenth = plan;
        for (var i = 0; i < periods.Length; i++)
        {
            var mapped = fourteenth.SameSpanInPrevious(periods[i]);
            sum += mapped.Start.Day + mapped.End.Day;
        }

        return sum;
    }

    /// <summary>The floor: subtract 60 from two month indexes.</summary>
    /// <returns>A checksum of the month indexes.</returns>
    [Benchmark]
    public long BareMonthIndexes()
    {
        long sum = 0;
        for (var i = 0; i < firstMonths.Length; i++)
        {
            sum += firstMonths[i] - 60 + lastMonths[i] - 60;
        }

        return sum;
    }
}
