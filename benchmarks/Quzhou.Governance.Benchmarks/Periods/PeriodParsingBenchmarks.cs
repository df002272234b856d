using System;
using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Periods.Text;

namespace Quzhou.Governance.Benchmarks.Periods;

/// <summary>
/// Reading 1,000 period codes of one form (<c>2025-Q3</c>, <c>2025-M10</c>, <c>2021-01/2025-10</c>) and
/// 1,000 Chinese months (<c>2025年10月</c>): the library against what a user writes without it (a
/// <see cref="Regex"/> with groups and <see cref="int.Parse(string)"/>, or <see cref="DateTime.ParseExact(string, string, IFormatProvider)"/>),
/// with a bare hand loop over the characters as the floor. Each returns a checksum of the days read.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PeriodParsingBenchmarks
{
    private const int Count = 1000;

    private static readonly Regex QuarterRegex = new(@"^(\d{4})-Q([1-4])$", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex MonthRegex = new(@"^(\d{4})-M(\d{2})$", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex IntervalRegex = new(@"^(\d{4})-(\d{2})/(\d{4})-(\d{2})$", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex ChineseMonthRegex = new(@"^(\d{4})年(\d{1,2})月$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private string[] quarters = [];
    private string[] months = [];
    private string[] intervals = [];
    private string[] chineseMonths = [];

    /// <summary>Builds 1,000 texts of each form.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20251031);
        quarters = new string[Count];
        months = new string[Count];
        intervals = new string[Count];
        chineseMonths = new string[Count];
        for (var i = 0; i < Count; i++)
        {
            var year = random.Next(1990, 2030);
            var month = random.Next(1, 13);
            quarters[i] = CalendarPeriod.ForQuarter(year, random.Next(1, 5)).ToString();
            months[i] = CalendarPeriod.ForMonth(year, month).ToString();
            intervals[i] = CalendarPeriod.ForMonths(new NodaTime.YearMonth(year - random.Next(1, 6), random.Next(1, 13)), new NodaTime.YearMonth(year, month)).ToString("I", null);
            chineseMonths[i] = CalendarPeriod.ForMonth(year, month).ToString("zh", null);
        }
    }

    /// <summary>User code: a regex with groups, then <c>int.Parse</c> and <see cref="DateTime"/>s.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("2025-Q3")]
    public long QuarterRegexParse()
    {
        long sum = 0;
        foreach (var text in quarters)
        {
            var match = QuarterRegex.Match(text);
            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var quarter = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            var start = new DateTime(year, ((quarter - 1) * 3) + 1, 1);
            sum += start.AddMonths(3).AddDays(-1).Ticks / TimeSpan.TicksPerDay;
        }

        return sum;
    }

    /// <summary>The library.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    [BenchmarkCategory("2025-Q3")]
    public long QuarterLibrary() => SumLibrary(quarters);

    /// <summary>The floor: characters to numbers by hand, no validation beyond the shape.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    [BenchmarkCategory("2025-Q3")]
    public long QuarterBareLoop()
    {
        long sum = 0;
        foreach (var text in quarters)
        {
            var year = ((text[0] - '0') * 1000) + ((text[1] - '0') * 100) + ((text[2] - '0') * 10) + (text[3] - '0');
            var quarter = text[6] - '0';
            sum += (year * 12) + (quarter * 3);
        }

        return sum;
    }

    /// <summary>User code: a regex with groups, then <c>int.Parse</c>.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("2025-M10")]
    public long MonthRegexParse()
    {
        long sum = 0;
        foreach (var text in months)
        {
            var match = MonthRegex.Match(text);
            var start = new DateTime(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), 1);
            sum += start.AddMonths(1).AddDays(-1).Ticks / TimeSpan.TicksPerDay;
        }

        return sum;
    }

    /// <summary>User code: <see cref="DateTime.ParseExact(string, string, IFormatProvider)"/>.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    [BenchmarkCategory("2025-M10")]
    public long MonthParseExact()
    {
        long sum = 0;
        foreach (var text in months)
        {
            var start = DateTime.ParseExact(text, "yyyy-'M'MM", CultureInfo.InvariantCulture);
            sum += start.AddMonths(1).AddDays(-1).Ticks / TimeSpan.TicksPerDay;
        }

        return sum;
    }

    /// <summary>The library.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    [BenchmarkCategory("2025-M10")]
    public long MonthLibrary() => SumLibrary(months);

    /// <summary>The floor.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    [BenchmarkCategory("2025-M10")]
    public long MonthBareLoop()
    {
        long sum = 0;
        foreach (var text in months)
        {
            var year = ((text[0] - '0') * 1000) + ((text[1] - '0') * 100) + ((text[2] - '0') * 10) + (text[3] - '0');
            var month = ((text[6] - '0') * 10) + (text[7] - '0');
            sum += (year * 12) + month;
        }

        return sum;
    }

    /// <summary>User code: a regex with four groups.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("2021-01/2025-10")]
    public long IntervalRegexParse()
    {
        long sum = 0;
        foreach (var text in intervals)
        {
            var match = IntervalRegex.Match(text);
            var start = new DateTime(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), 1);
            var end = new DateTime(int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture), 1).AddMonths(1).AddDays(-1);
            sum += (end - start).Days;
        }

        return sum;
    }

    /// <summary>User code: split on '/' and <see cref="DateTime.ParseExact(string, string, IFormatProvider)"/> each end.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    [BenchmarkCategory("2021-01/2025-10")]
    public long IntervalParseExact()
    {
        long sum = 0;
        foreach (var text in intervals)
        {
            var parts = text.Split('/');
            var start = DateTime.ParseExact(parts[0], "yyyy-MM", CultureInfo.InvariantCulture);
            var end = DateTime.ParseExact(parts[1], "yyyy-MM", CultureInfo.InvariantCulture).AddMonths(1).AddDays(-1);
            sum += (end - start).Days;
        }

        return sum;
    }

    /// <summary>The library.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    [BenchmarkCategory("2021-01/2025-10")]
    public long IntervalLibrary() => SumLibrary(intervals);

    /// <summary>The floor.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    [BenchmarkCategory("2021-01/2025-10")]
    public long IntervalBareLoop()
    {
        long sum = 0;
        foreach (var text in intervals)
        {
            var y1 = ((text[0] - '0') * 1000) + ((text[1] - '0') * 100) + ((text[2] - '0') * 10) + (text[3] - '0');
            var m1 = ((text[5] - '0') * 10) + (text[6] - '0');
            var y2 = ((text[8] - '0') * 1000) + ((text[9] - '0') * 100) + ((text[10] - '0') * 10) + (text[11] - '0');
            var m2 = ((text[13] - '0') * 10) + (text[14] - '0');
            sum += (y2 * 12) + m2 - (y1 * 12) - m1;
        }

        return sum;
    }

    /// <summary>User code: <see cref="DateTime.ParseExact(string, string, IFormatProvider)"/> with a Chinese pattern.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("2025年10月")]
    public long ChineseMonthParseExact()
    {
        long sum = 0;
        foreach (var text in chineseMonths)
        {
            var start = DateTime.ParseExact(text, "yyyy年M月", CultureInfo.InvariantCulture);
            sum += start.AddMonths(1).AddDays(-1).Ticks / TimeSpan.TicksPerDay;
        }

        return sum;
    }

    /// <summary>User code: a regex with groups.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    [BenchmarkCategory("2025年10月")]
    public long ChineseMonthRegexParse()
    {
        long sum = 0;
        foreach (var text in chineseMonths)
        {
            var match = ChineseMonthRegex.Match(text);
            var start = new DateTime(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), 1);
            sum += start.AddMonths(1).AddDays(-1).Ticks / TimeSpan.TicksPerDay;
        }

        return sum;
    }

    /// <summary>The library (the Chinese reader alone).</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    [BenchmarkCategory("2025年10月")]
    public long ChineseMonthLibrary()
    {
        long sum = 0;
        foreach (var text in chineseMonths)
        {
            sum += CalendarPeriodText.ReadChinese(text.AsSpan(), default).Value.End.Day;
        }

        return sum;
    }

    /// <summary>The floor.</summary>
    /// <returns>A checksum.</returns>
    [Benchmark]
    [BenchmarkCategory("2025年10月")]
    public long ChineseMonthBareLoop()
    {
        long sum = 0;
        foreach (var text in chineseMonths)
        {
            var year = ((text[0] - '0') * 1000) + ((text[1] - '0') * 100) + ((text[2] - '0') * 10) + (text[3] - '0');
            var month = text[5] - '0';
            if (text[6] != '月')
            {
                month = (month * 10) + (text[6] - '0');
            }

            sum += (year * 12) + month;
        }

        return sum;
    }

    private static long SumLibrary(string[] texts)
    {
        long sum = 0;
        foreach (var text in texts)
        {
            sum += CalendarPeriodText.ReadCode(text.AsSpan()).Value.End.Day;
        }

        return sum;
    }
}
