using System;
using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Benchmarks.Claims;

/// <summary>
/// Checking 100,000 published figures “某某同比下降6.7%” against a data set (five monthly count indicators of 衢州市,
/// 2016-01…2025-12; each claim a stated year against the year before, at 1 or 2 decimals, a third of them one step
/// off): <see cref="ClaimChecker.Check"/> beside what a user would write — sum the two years, divide in
/// <see cref="decimal"/>, round 四舍五入 to the printed decimals and compare (baseline) — and the bare loop, which
/// decides the same by integer cross-multiplication over precomputed yearly totals. Every column returns the same
/// count of verdicts per kind (holds, contradicted), checked once in <see cref="Setup"/>.
/// </summary>
[MemoryDiagnoser]
public class ClaimCheckBenchmarks
{
    private const int ClaimCount = 100_000;
    private const int FirstYear = 2016;
    private const int Years = 10;

    private static readonly CountIndicator[] Indicators =
    [
        InterviewIndicators.CriminalCases,
        InterviewIndicators.Homicides,
        InterviewIndicators.Thefts,
        InterviewIndicators.RobberiesAndSnatchings,
        InterviewIndicators.TelecomFraudCases,
    ];

    private DataSet data = null!;
    private Claim[] claims = [];
    private long[][] monthly = [];
    private long[][] yearly = [];
    private int[] claimIndicator = [];
    private int[] claimYear = [];
    private decimal[] claimPercent = [];
    private int[] claimDecimals = [];
    private long[] claimScaled = [];

    /// <summary>Builds the data and the claims, and checks that the three columns agree.</summary>
    [GlobalSetup]
    [SuppressMessage("Quzhou.Governance", "QG0002:Hand-written relative change", Justification = "Generating the published figures the way a bulletin rounds them, before anything is measured.")]
    public void Setup()
    {
        var random = new Random(20251128);
        var builder = DataSet.CreateBuilder();
        monthly = new long[Indicators.Length][];
        yearly = new long[Indicators.Length][];
        for (var k = 0; k < Indicators.Length; k++)
        {
            monthly[k] = new long[Years * 12];
            yearly[k] = new long[Years];
            var series = IndicatorSeries.CreateBuilder(Indicators[k], Frequency.Month);
            for (var m = 0; m < Years * 12; m++)
            {
                var value = random.Next(200, 1500);
                monthly[k][m] = value;
                yearly[k][m / 12] += value;
                series.Add(SeriesPeriod.Month(FirstYear + (m / 12), (m % 12) + 1), value);
            }

            builder.AddSeries(RegionCode.Quzhou, series.Build());
        }

        data = builder.Build();
        claims = new Claim[ClaimCount];
        claimIndicator = new int[ClaimCount];
        claimYear = new int[ClaimCount];
        claimPercent = new decimal[ClaimCount];
        claimDecimals = new int[ClaimCount];
        claimScaled = new long[ClaimCount];
        var published = new LocalDate(FirstYear + Years, 2, 1);
        for (var i = 0; i < ClaimCount; i++)
        {
            int k, y, decimals;
            long current, @base;
            do
            {
                k = random.Next(Indicators.Length);
                y = random.Next(1, Years);
                decimals = random.Next(1, 3);
                current = yearly[k][y];
                @base = yearly[k][y - 1];
            }
            while (IsTie(current, @base, decimals));

            // The printed figure: the change rounded 四舍五入, and one claim in three a step off.
            var exact = (decimal)(current - @base) * 100m / @base;
            var printed = decimal.Round(exact, decimals, MidpointRounding.AwayFromZero);
            if (random.Next(3) == 0)
            {
                printed += (random.Next(2) == 0 ? -1m : 1m) / (decimals == 1 ? 10m : 100m);
            }

            if (printed == 0m)
            {
                printed = decimals == 1 ? 0.1m : 0.01m;
            }

            printed = decimal.Round(printed, decimals, MidpointRounding.AwayFromZero);
            var figure = PublishedFigure.FromChange(printed, decimals, FigureUnit.Percent);
            if (figure.Decimals != decimals)
            {
                i--;
                continue;
            }

            claims[i] = new Claim(
                "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ClaimKind.RelativeChange,
                [ClaimSubject.For(Indicators[k])],
                [figure],
                ClaimBase.YearOnYear,
                RegionCode.Quzhou,
                published,
                CalendarPeriod.ForYear(FirstYear + y));
            claimIndicator[i] = k;
            claimYear[i] = y;
            claimPercent[i] = figure.SignedValue;
            claimDecimals[i] = decimals;
            claimScaled[i] = (long)(figure.SignedValue * (decimals == 1 ? 10m : 100m));
        }

        var library = Library();
        var baseline = DecimalLoop();
        var bare = BareLoop();
        if (library != baseline || bare != baseline || library.Holds == 0 || library.Contradicted == 0)
        {
            throw new InvalidOperationException("The columns disagree: library " + library + ", decimal loop " + baseline + ", bare loop " + bare + ".");
        }
    }

    /// <summary>What a user writes: sum the two years from the monthly numbers, divide in decimal, round 四舍五入 to the
    /// printed decimals, compare.</summary>
    /// <returns>The verdicts per kind.</returns>
    [Benchmark(Baseline = true)]
    [SuppressMessage("Quzhou.Governance", "QG0002:Hand-written relative change", Justification = "The baseline: the decimal division a user writes without the library, measured against ClaimChecker.")]
    public (int Holds, int Contradicted) DecimalLoop()
    {
        var holds = 0;
        var contradicted = 0;
        for (var i = 0; i < claimIndicator.Length; i++)
        {
            var values = monthly[claimIndicator[i]];
            var start = claimYear[i] * 12;
            long current = 0, @base = 0;
            for (var m = 0; m < 12; m++)
            {
                current += values[start + m];
                @base += values[start - 12 + m];
            }

            var change = (decimal)(current - @base) * 100m / @base;
            if (decimal.Round(change, claimDecimals[i], MidpointRounding.AwayFromZero) == claimPercent[i])
            {
                holds++;
            }
            else
            {
                contradicted++;
            }
        }

        return (holds, contradicted);
    }

    /// <summary>The library: each claim checked against the data set, one verdict each.</summary>
    /// <returns>The verdicts per kind.</returns>
    [Benchmark]
    public (int Holds, int Contradicted) Library()
    {
        var holds = 0;
        var contradicted = 0;
        foreach (var claim in claims)
        {
            var verdicts = ClaimChecker.Check(claim, data);
            for (var v = 0; v < verdicts.Count; v++)
            {
                switch (verdicts[v].Kind)
                {
                    case ClaimVerdictKind.Holds:
                        holds++;
                        break;
                    case ClaimVerdictKind.Contradicted:
                        contradicted++;
                        break;
                }
            }
        }

        return (holds, contradicted);
    }

    /// <summary>The floor: precomputed yearly totals, the printed interval compared by integer cross-multiplication.</summary>
    /// <returns>The verdicts per kind.</returns>
    [Benchmark]
    public (int Holds, int Contradicted) BareLoop()
    {
        var holds = 0;
        var contradicted = 0;
        for (var i = 0; i < claimIndicator.Length; i++)
        {
            var totals = yearly[claimIndicator[i]];
            var current = totals[claimYear[i]];
            var @base = totals[claimYear[i] - 1];
            var scale = claimDecimals[i] == 1 ? 1000L : 10000L;

            // |(c − b)·100·10^d / b − s| ≤ 1/2  ⇔  |2·(c − b)·100·10^d − 2·s·b| ≤ b.
            if (Math.Abs((2 * (current - @base) * scale) - (2 * claimScaled[i] * @base)) <= @base)
            {
                holds++;
            }
            else
            {
                contradicted++;
            }
        }

        return (holds, contradicted);
    }

    /// <summary>Whether the exact change lies half-way between two printed values (the library accepts either
    /// neighbour there, a decimal rounding only one; such claims are left out so that every column agrees).</summary>
    private static bool IsTie(long current, long @base, int decimals)
    {
        var scaled = (current - @base) * (decimals == 1 ? 1000L : 10000L) * 2;
        return scaled % @base == 0 && (scaled / @base) % 2 != 0;
    }
}
