using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Data;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.ExampleData;

/// <summary>
/// The bundled example data set: the interview's indicators for 衢州市 (330800), monthly from 2016-01 to 2025-10
/// (省际边界警情 from 2015-01, so that both readings of 近五年 can be computed), with the yearly talks behind 连续3年.
/// The figures are the interview's; the monthly numbers are illustrative. Each series starts from a smooth level
/// with a fixed seasonal pattern and a seeded wobble (no unseeded randomness), then the spans a figure is about are
/// set to a total that the published figure's exact interval admits (<see cref="PublishedFigure.IsConsistentWith(long, long)"/>),
/// and the readings that must not fit are nudged until they do not. <see cref="Build"/> throws when a figure ends up
/// not holding, so the file cannot be written wrong.
/// </summary>
public static class InterviewExampleData
{
    /// <summary>The first month of the data.</summary>
    public static readonly SeriesPeriod First = SeriesPeriod.Month(2016, 1);

    /// <summary>The last month of the data (the interview appeared in late November 2025).</summary>
    public static readonly SeriesPeriod Last = SeriesPeriod.Month(2025, 10);

    /// <summary>The first month of 省际边界警情, a year earlier than the rest.</summary>
    public static readonly SeriesPeriod BorderFirst = SeriesPeriod.Month(2015, 1);

    private const int Months = 118; // 2016-01 … 2025-10

    // Month indices from 2016-01.
    private const int SameSpanBaseEnd = 57;     // 2020-10
    private const int PlanStart = 60;           // 2021-01
    private const int End = Months - 1;         // 2025-10

    /// <summary>A seasonal factor in permille for each calendar month (fewer cases around the Spring Festival, more in summer and December).</summary>
    private static readonly int[] Season = { 930, 860, 980, 1000, 1030, 1020, 1060, 1080, 1010, 1000, 980, 1050 };

    /// <summary>Builds the data set.</summary>
    /// <returns>The data set over <see cref="IndicatorCatalog.Interview"/>.</returns>
    public static DataSet Build()
    {
        var region = RegionCode.Quzhou;
        var builder = DataSet.CreateBuilder(IndicatorCatalog.Interview);
        void Add(QuantityIndicator indicator, long[] values, SeriesPeriod? start = null) =>
            builder.AddSeries(region, IndicatorSeries.FromValues(indicator, start ?? First, values));
        void AddRate(RateIndicator indicator, long[] numerators, long[] denominators) =>
            builder.AddRateSeries(region, RateSeries.FromParts(indicator, First, numerators, denominators));

        // 未成年人犯罪案件、人数同比下降6.67%、13.53%: 2024 against 2023, the one candidate period that fits.
        var juvenileCases = Generate(11, new[] { 30m, 32m, 31m, 29m, 28m, 27m, 27.5m, 27.5m, 25.7m, 24m }, 60);
        FitYearOnYearOfYear(juvenileCases, 2024, "下降6.67%");
        KeepOnlyFit(juvenileCases, "下降6.67%", YearSpan(2024));
        Add(InterviewIndicators.JuvenileCrimeCases, juvenileCases);
        var juvenileOffenders = Generate(12, new[] { 42m, 45m, 44m, 41m, 39m, 38m, 38.5m, 38.5m, 33.3m, 31m }, 60);
        FitYearOnYearOfYear(juvenileOffenders, 2024, "下降13.53%");
        KeepOnlyFit(juvenileOffenders, "下降13.53%", YearSpan(2024));
        Add(InterviewIndicators.JuvenileOffenders, juvenileOffenders);

        // 生产安全事故发生起数、死亡人数较“十三五”同期下降72.96%、69.11% (2021-01…2025-10 against 2016-01…2020-10);
        // against the whole 13th plan (to 2020-12) they must not fit.
        var accidents = Generate(21, new[] { 45m, 42m, 40m, 38m, 35m, 14m, 12m, 11m, 10m, 9m }, 80);
        FitSameSpan(accidents, "下降72.96%", wholePlanMustNotFit: true);
        Add(InterviewIndicators.ProductionSafetyAccidents, accidents);
        var deaths = Generate(22, new[] { 38m, 36m, 34m, 31m, 29m, 13m, 12m, 11m, 10m, 9m }, 80);
        FitSameSpan(deaths, "下降69.11%", wholePlanMustNotFit: true);
        Add(InterviewIndicators.ProductionSafetyDeaths, deaths);

        // 生产安全事故“0”发生: no major accident in the 14th plan; a few in the 13th.
        var major = new long[Months];
        foreach (var i in new[] { 2, 7, 16, 34, 42, 51 })
        {
            major[i] = 1;
        }

        Add(InterviewIndicators.MajorProductionSafetyAccidents, major);

        // 刑事案件、命案、盗窃、“两抢”较“十三五”同期下降31.3%、17.5%、9.2%、82.2%; 道路交通事故死亡人数下降30.4%.
        var crimes = Generate(31, new[] { 1500m, 1450m, 1400m, 1350m, 1300m, 1080m, 1000m, 960m, 930m, 900m }, 40);
        FitSameSpan(crimes, "下降31.3%");
        Add(InterviewIndicators.CriminalCases, crimes);
        var homicides = Generate(32, new[] { 3.5m, 3.2m, 3.0m, 3.0m, 2.8m, 2.8m, 2.6m, 2.6m, 2.5m, 2.4m }, 250);
        FitSameSpan(homicides, "下降17.5%");
        Add(InterviewIndicators.Homicides, homicides);
        var thefts = Generate(33, new[] { 700m, 680m, 650m, 630m, 600m, 620m, 600m, 590m, 580m, 570m }, 40);
        FitSameSpan(thefts, "下降9.2%");
        Add(InterviewIndicators.Thefts, thefts);
        var robberies = Generate(34, new[] { 35m, 28m, 20m, 15m, 11m, 6m, 4m, 3m, 2.5m, 2m }, 150);
        FitSameSpan(robberies, "下降82.2%");
        Add(InterviewIndicators.RobberiesAndSnatchings, robberies);
        var roadDeaths = Generate(35, new[] { 32m, 31m, 30m, 29m, 28m, 23m, 22m, 21m, 20m, 19m }, 80);
        FitSameSpan(roadDeaths, "下降30.4%");
        Add(InterviewIndicators.RoadTrafficDeaths, roadDeaths);

        // 电信网络诈骗发案数、损失数持续58个月保持“双下降”: every month from 2021-01 below the same month a year
        // earlier, both series; 2020-12 rose (the run is exactly 58 long). Losses in 分.
        var fraudCases = Generate(41, new[] { 120m, 150m, 190m, 240m, 300m, 265m, 230m, 200m, 172m, 150m }, 30);
        var averageLoss = Generate(42, new[] { 3_600_000m, 3_800_000m, 4_000_000m, 4_200_000m, 4_400_000m, 4_300_000m, 4_150_000m, 4_000_000m, 3_900_000m, 3_800_000m }, 20, seasonal: false);
        var fraudLosses = fraudCases.Zip(averageLoss, (c, a) => c * a).ToArray();
        KeepDeclining(fraudCases, PlanStart);
        KeepDeclining(fraudLosses, PlanStart);
        Add(InterviewIndicators.TelecomFraudCases, fraudCases);
        Add(InterviewIndicators.TelecomFraudLosses, fraudLosses);

        // 连续3年在全省反诈工作会议上作经验交流: 2023, 2024 and 2025 (and once before, in 2019).
        Add(InterviewIndicators.ProvincialAntiFraudConferenceTalks, new long[] { 0, 0, 0, 1, 0, 0, 0, 1, 1, 1 }, SeriesPeriod.CalendarYear(2016));

        // 涉企执法检查量同比下降54.3%: 2025-01…10 against 2024-01…10 (the “综合查一次” year), the one period that fits.
        var inspections = Generate(51, new[] { 800m, 820m, 850m, 880m, 900m, 920m, 940m, 960m, 980m, 448m }, 40);
        SpreadYear(inspections, 2025, 120);
        FitSpan(inspections, YearToDate2025, "下降54.3%");
        KeepOnlyFit(inspections, "下降54.3%", YearToDate2025);
        Add(InterviewIndicators.EnterpriseInspections, inspections);

        // 发布7大重点产业风控法务指引: seven guides in the 14th plan.
        var guides = new long[Months];
        foreach (var (i, n) in new[] { (77, 2), (86, 1), (94, 2), (104, 1), (111, 1) })
        {
            guides[i] = n;
        }

        Add(InterviewIndicators.IndustryLegalGuides, guides);

        // 近五年省际边界警情下降23.6%: 2024 against 2019 fits; 2020–2024 against 2015–2019 does not.
        var border = Generate(61, new[] { 200m, 210m, 220m, 215m, 225m, 205m, 195m, 185m, 180m, 172m, 165m }, 50, months: Months + 12);
        FitBorderIncidents(border, "下降23.6%");
        Add(InterviewIndicators.BorderIncidents, border, BorderFirst);

        // 全市4282个社会组织参与平安建设; 建成1725个公共法律服务站点 (stocks at 2025-10).
        Add(InterviewIndicators.SocialOrganisations, Stock(1180, 4282, 71));
        Add(InterviewIndicators.LegalServiceStations, Stock(520, 1725, 72));

        // 累计提供各类法律服务19万余次: 2021-01…2025-10.
        var services = Generate(73, new[] { 1800m, 2000m, 2300m, 2600m, 2900m, 3000m, 3200m, 3300m, 3400m, 3500m }, 60);
        FitTotal(services, PlanStart, End, 193_456);
        Add(InterviewIndicators.LegalServices, services);

        // 仅今年从江西省流入的产业工人就增加了1360余人: 2025-01…10 against 2024-01…10, a difference of 1,365.
        var inflow = Generate(81, new[] { 380m, 400m, 430m, 460m, 420m, 480m, 520m, 560m, 600m, 740m }, 60);
        FitTotal(inflow, 108, End, Sum(inflow, 96, 105) + 1365);
        Add(InterviewIndicators.InterProvincialWorkerInflow, inflow);

        // 实际执结率、执行到位率较“十三五”分别提升11.53%、6.47%: percentage points, against the same span of the
        // 13th plan (2016-01…2020-10); neither percent of the old rate nor the whole plan (to 2020-12) fits.
        var (closedCases, receivedCases) = EnforcementClosure();
        AddRate(InterviewIndicators.EnforcementClosureRate, closedCases, receivedCases);
        var (recovered, owed) = EnforcementFulfilment();
        AddRate(InterviewIndicators.EnforcementFulfilmentRate, recovered, owed);

        // 公安政务服务事项“一网通办”率达100%: every service online through 2025.
        var onlineTotal = Generate(91, Enumerable.Repeat(1200m, 10).ToArray(), 30);
        var online = new long[Months];
        for (var i = 0; i < Months; i++)
        {
            var permille = i >= 108 ? 1000 : Math.Min(985, 600 + (i * 4));
            online[i] = i >= 108 ? onlineTotal[i] : onlineTotal[i] * permille / 1000;
        }

        AddRate(InterviewIndicators.OnlineServiceRate, online, onlineTotal);

        // “企呼我应”满意率达97.18%, “一事一评”满意率达99.1%, 跨域矛盾纠纷化解率达98.5%: 2025-01…10.
        var (satisfied, requests) = RateFittingYearToDate(101, 150m, 960, 970, "97.18%");
        AddRate(InterviewIndicators.EnterpriseRequestSatisfactionRate, satisfied, requests);
        var (legalSatisfied, legalRated) = RateFittingYearToDate(102, 900m, 975, 992, "99.1%");
        AddRate(InterviewIndicators.LegalServiceSatisfactionRate, legalSatisfied, legalRated);
        var (crossResolved, crossDisputes) = RateFittingYearToDate(103, 60m, 960, 986, "98.5%");
        AddRate(InterviewIndicators.CrossRegionDisputeResolutionRate, crossResolved, crossDisputes);

        // 矛盾纠纷就地化解率保持在97%以上: every month at or above 97%.
        var disputes = Generate(111, new[] { 2600m, 2700m, 2800m, 2900m, 3000m, 3100m, 3150m, 3200m, 3250m, 3300m }, 50);
        var random = new SplitMix(112);
        var resolved = new long[Months];
        for (var i = 0; i < Months; i++)
        {
            var permille = 973 + random.Next(17); // 97.3% … 98.9%
            resolved[i] = ((disputes[i] * permille) + 999) / 1000;
        }

        AddRate(InterviewIndicators.LocalDisputeResolutionRate, resolved, disputes);

        return builder.Build();
    }

    /// <summary>The data set in the long CSV layout, as <see cref="DataSetCsv.Write"/> writes it.</summary>
    /// <returns>The text of examples/review/quzhou-data.csv (without its byte-order mark).</returns>
    public static string ToCsv()
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        DataSetCsv.Write(Build(), writer, DataSetLayout.Long);
        return writer.ToString();
    }

    // ---- spans (month indices from 2016-01) ---------------------------------------------------------------

    private readonly record struct Span(int From, int To, int BaseFrom, int BaseTo);

    private static readonly Span YearToDate2025 = new(108, 117, 96, 105);

    private static Span YearSpan(int year)
    {
        var from = (year - 2016) * 12;
        return new Span(from, from + 11, from - 12, from - 1);
    }

    /// <summary>Every span an unstated 同比 may mean: each month, each year to date, each whole year, against a year earlier.</summary>
    private static IEnumerable<Span> YearOnYearCandidates()
    {
        for (var i = 12; i < Months; i++)
        {
            yield return new Span(i, i, i - 12, i - 12);
            var january = i - (i % 12);
            if (i % 12 != 0)
            {
                yield return new Span(january, i, january - 12, i - 12);
            }
        }
    }

    // ---- fitting ----------------------------------------------------------------------------------------

    private static bool Fits(string figure, long current, long @base) =>
        @base > 0 && PublishedFigure.Parse(figure).IsConsistentWith(current - @base, @base);

    private static long Sum(long[] values, int from, int to)
    {
        long sum = 0;
        for (var i = from; i <= to; i++)
        {
            sum += values[i];
        }

        return sum;
    }

    /// <summary>The total nearest the base's that fits the change.</summary>
    private static long TargetFor(string figure, long @base)
    {
        var signed = PublishedFigure.Parse(figure).SignedValue;
        var guess = (long)Math.Round(@base * (1m + (signed / 100m)), MidpointRounding.AwayFromZero);
        for (var d = 0; d < 1000; d++)
        {
            foreach (var candidate in new[] { guess + d, guess - d })
            {
                if (candidate >= 0 && Fits(figure, candidate, @base))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException($"No whole total fits {figure} on a base of {@base}.");
    }

    /// <summary>Sets the total of months <paramref name="from"/>…<paramref name="to"/> to <paramref name="target"/>,
    /// spreading the difference one by one from the last month back.</summary>
    private static void FitTotal(long[] values, int from, int to, long target)
    {
        var delta = target - Sum(values, from, to);
        var n = to - from + 1;
        var each = delta / n;
        var rest = delta % n;
        for (var i = from; i <= to; i++)
        {
            values[i] += each;
        }

        for (var k = 0; k < Math.Abs(rest); k++)
        {
            values[to - k] += Math.Sign(rest);
        }

        for (var i = from; i <= to; i++)
        {
            if (values[i] < 0)
            {
                throw new InvalidOperationException("A fitted month went negative.");
            }
        }
    }

    /// <summary>Makes the base span's total one the figure can come from at all (raising its last month), then sets
    /// the current span's total to the nearest that fits.</summary>
    private static void FitSpan(long[] values, Span span, string figure)
    {
        MakeAttainable(values, span.BaseFrom, span.BaseTo, figure);
        FitTotal(values, span.From, span.To, TargetFor(figure, Sum(values, span.BaseFrom, span.BaseTo)));
    }

    private static void MakeAttainable(long[] values, int from, int to, string figure)
    {
        var published = PublishedFigure.Parse(figure);
        while (!published.IsAttainableWithDenominator(Sum(values, from, to)))
        {
            values[to] += 1;
        }
    }

    private static void FitYearOnYearOfYear(long[] values, int year, string figure) => FitSpan(values, YearSpan(year), figure);

    private static void FitSameSpan(long[] values, string figure, bool wholePlanMustNotFit = false)
    {
        var span = new Span(PlanStart, End, 0, SameSpanBaseEnd);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            FitSpan(values, span, figure);
            var current = Sum(values, PlanStart, End);
            if (!wholePlanMustNotFit || !Fits(figure, current, Sum(values, 0, PlanStart - 1)))
            {
                return;
            }

            // The whole plan would fit as well: make 2020-12 count more (outside the same span's base).
            values[PlanStart - 1] += 1;
        }

        throw new InvalidOperationException($"{figure}: the whole-plan reading keeps fitting.");
    }

    /// <summary>Nudges the months until no year-on-year candidate but <paramref name="wanted"/> fits the figure,
    /// never changing the wanted span's totals.</summary>
    private static void KeepOnlyFit(long[] values, string figure, Span wanted)
    {
        bool InWanted(int i) => (i >= wanted.From && i <= wanted.To) || (i >= wanted.BaseFrom && i <= wanted.BaseTo);
        for (var attempt = 0; attempt < 2000; attempt++)
        {
            var fitting = YearOnYearCandidates().Where(c => c != wanted && Fits(figure, Sum(values, c.From, c.To), Sum(values, c.BaseFrom, c.BaseTo))).ToList();
            if (fitting.Count == 0)
            {
                if (!Fits(figure, Sum(values, wanted.From, wanted.To), Sum(values, wanted.BaseFrom, wanted.BaseTo)))
                {
                    throw new InvalidOperationException($"{figure}: the wanted period no longer fits.");
                }

                return;
            }

            var c = fitting[0];
            var free = Enumerable.Range(c.From, c.To - c.From + 1).Concat(Enumerable.Range(c.BaseFrom, c.BaseTo - c.BaseFrom + 1)).Where(i => !InWanted(i)).ToList();
            if (free.Count > 0)
            {
                values[free.Max()] += 1;
                continue;
            }

            // Every month of the candidate is in the wanted spans: move one from its last month to a month of the
            // same wanted span outside the candidate, which keeps the wanted totals.
            var e = c.To;
            var (lo, hi) = e >= wanted.From && e <= wanted.To ? (wanted.From, wanted.To) : (wanted.BaseFrom, wanted.BaseTo);
            var j = c.To < hi ? c.To + 1 : c.From - 1;
            if (j < lo || values[e] == 0)
            {
                throw new InvalidOperationException($"{figure}: cannot move a case inside the wanted span.");
            }

            values[e] -= 1;
            values[j] += 1;
        }

        throw new InvalidOperationException($"{figure}: other periods keep fitting.");
    }

    /// <summary>Lowers each month from <paramref name="from"/> on that is not below the month a year earlier.</summary>
    private static void KeepDeclining(long[] values, int from)
    {
        for (var i = from; i < values.Length; i++)
        {
            if (values[i] >= values[i - 12])
            {
                values[i] = values[i - 12] - 1 - (values[i - 12] / 50);
            }
        }

        if (values[from - 1] < values[from - 13])
        {
            throw new InvalidOperationException("The month before the run fell as well; the run would be longer.");
        }
    }

    private static void SpreadYear(long[] values, int year, int permille)
    {
        var from = (year - 2016) * 12;
        var random = new SplitMix(4242);
        for (var i = from; i < Math.Min(from + 12, values.Length); i++)
        {
            values[i] = values[i] * (1000 - permille + random.Next(2 * permille)) / 1000;
        }
    }

    private static void FitBorderIncidents(long[] values, string figure)
    {
        // Index 0 is 2015-01 here.
        var y2019 = (2019 - 2015) * 12;
        var y2024 = (2024 - 2015) * 12;
        MakeAttainable(values, y2019, y2019 + 11, figure);
        FitTotal(values, y2024, y2024 + 11, TargetFor(figure, Sum(values, y2019, y2019 + 11)));
        var recent = Sum(values, (2020 - 2015) * 12, y2024 + 11);
        var before = Sum(values, 0, y2019 + 11);
        if (Fits(figure, recent, before))
        {
            throw new InvalidOperationException("近五年: both readings fit.");
        }
    }

    private static long[] Stock(long first, long last, ulong seed)
    {
        var random = new SplitMix(seed);
        var values = new long[Months];
        for (var i = 0; i < Months; i++)
        {
            var trend = first + ((last - first) * i / (Months - 1));
            values[i] = i == Months - 1 ? last : Math.Min(last, trend - random.Next(8));
            if (i > 0 && values[i] < values[i - 1])
            {
                values[i] = values[i - 1];
            }
        }

        return values;
    }

    // ---- rates ------------------------------------------------------------------------------------------

    private static (long[] Numerators, long[] Denominators) EnforcementClosure()
    {
        var received = Generate(201, new[] { 1800m, 1900m, 2000m, 2100m, 2200m, 2250m, 2300m, 2350m, 2400m, 2450m }, 60);
        var closed = new long[Months];
        var random = new SplitMix(202);
        for (var i = 0; i < Months; i++)
        {
            // 13th plan about 72%, with the year-end push in 2020-11 and 2020-12; 14th plan about 83.5%.
            var permille = i == 58 ? 800 : i == 59 ? 880 : i < PlanStart ? 705 + random.Next(30) : 820 + random.Next(30);
            closed[i] = received[i] * permille / 1000;
        }

        FitRatePoints(closed, received, "提升11.53%");
        return (closed, received);
    }

    private static (long[] Numerators, long[] Denominators) EnforcementFulfilment()
    {
        // Money owed and recovered, in 分 (about 2,000万元 owed a month).
        var owed = Generate(211, new[] { 1_600_000_000m, 1_700_000_000m, 1_800_000_000m, 1_900_000_000m, 2_000_000_000m, 2_050_000_000m, 2_100_000_000m, 2_150_000_000m, 2_200_000_000m, 2_250_000_000m }, 80);
        var recovered = new long[Months];
        var random = new SplitMix(212);
        for (var i = 0; i < Months; i++)
        {
            var permille = i == 58 ? 520 : i == 59 ? 600 : i < PlanStart ? 435 + random.Next(30) : 500 + random.Next(30);
            recovered[i] = owed[i] / 1000 * permille;
        }

        FitRatePoints(recovered, owed, "提升6.47%");
        return (recovered, owed);
    }

    /// <summary>Sets the 14th plan's numerators so that the rate over 2021-01…2025-10 is the figure's percentage
    /// points above the rate over 2016-01…2020-10, and checks that only that reading fits (Rates.Compare).</summary>
    private static void FitRatePoints(long[] numerators, long[] denominators, string figure)
    {
        var published = PublishedFigure.Parse(figure);
        var n13 = Sum(numerators, 0, SameSpanBaseEnd);
        var d13 = Sum(denominators, 0, SameSpanBaseEnd);
        var d14 = Sum(denominators, PlanStart, End);
        var goal = ((decimal)n13 / d13) + (published.SignedValue / 100m);
        var guess = (long)Math.Round(goal * d14, MidpointRounding.AwayFromZero);
        for (var d = 0; d < 100_000; d++)
        {
            foreach (var k in new[] { guess + d, guess - d })
            {
                FitTotal(numerators, PlanStart, End, k);
                var readings = RateReadings(numerators, denominators, published);
                if (readings.SameSpan == RateChangeReadings.PercentagePoints && readings.WholePlan == RateChangeReadings.None)
                {
                    return;
                }
            }
        }

        throw new InvalidOperationException($"{figure}: no 14th-plan total makes only the same-span points reading fit.");
    }

    private static (RateChangeReadings SameSpan, RateChangeReadings WholePlan) RateReadings(long[] numerators, long[] denominators, PublishedFigure figure)
    {
        var series = RateSeries.FromParts(InterviewIndicators.EnforcementClosureRate, First, numerators, denominators);
        var current = Rates.Over(series, SeriesPeriod.Month(2021, 1), Last);
        var sameSpan = Rates.Compare(current, Rates.Over(series, First, SeriesPeriod.Month(2020, 10))).Readings(figure.SignedValue, figure.Decimals);
        var wholePlan = Rates.Compare(current, Rates.Over(series, First, SeriesPeriod.Month(2020, 12))).Readings(figure.SignedValue, figure.Decimals);
        return (sameSpan, wholePlan);
    }

    /// <summary>A rate whose 2025-01…10 value prints as the figure while 2025-10 alone and 2024 do not.</summary>
    private static (long[] Numerators, long[] Denominators) RateFittingYearToDate(ulong seed, decimal level, int lowPermille, int highPermille, string figure)
    {
        var published = PublishedFigure.Parse(figure);
        var denominators = Generate(seed, Enumerable.Repeat(level, 10).ToArray(), 80);
        var random = new SplitMix(seed + 1000);
        var numerators = new long[Months];
        for (var i = 0; i < Months; i++)
        {
            numerators[i] = denominators[i] * (lowPermille + random.Next(highPermille - lowPermille)) / 1000;
        }

        // A year-to-date denominator the figure can come from at all (GRIM), then the numerator that fits.
        while (!published.IsAttainableWithDenominator(Sum(denominators, 108, End)))
        {
            denominators[End - 1] += 1;
        }

        var total = Sum(denominators, 108, End);
        var k = (long)Math.Round(total * published.Value / 100m, MidpointRounding.AwayFromZero);
        while (!published.IsConsistentWith(k, total))
        {
            k += published.IsConsistentWith(k + 1, total) ? 1 : -1;
        }

        FitTotal(numerators, 108, End, k);
        for (var guard = 0; published.IsConsistentWith(numerators[End], denominators[End]) && guard < 100; guard++)
        {
            // The latest month alone must not print as the figure: move one from it to the month before.
            numerators[End] -= 1;
            numerators[End - 1] += 1;
        }

        for (var i = 0; i < Months; i++)
        {
            if (numerators[i] > denominators[i] || numerators[i] < 0)
            {
                throw new InvalidOperationException($"{figure}: a month's numerator is outside 0…denominator.");
            }
        }

        if (published.IsConsistentWith(Sum(numerators, 96, 107), Sum(denominators, 96, 107)) || published.IsConsistentWith(numerators[End], denominators[End]))
        {
            throw new InvalidOperationException($"{figure}: 2024 or 2025-10 fits as well.");
        }

        return (numerators, denominators);
    }

    // ---- levels -----------------------------------------------------------------------------------------

    /// <summary>Monthly values from a level per year (the first year first), times the
    /// seasonal factor and a seeded wobble of ±<paramref name="wobblePermille"/>‰.</summary>
    private static long[] Generate(ulong seed, decimal[] yearLevels, int wobblePermille, bool seasonal = true, int months = Months)
    {
        var random = new SplitMix(seed);
        var values = new long[months];
        for (var i = 0; i < months; i++)
        {
            var level = yearLevels[i / 12];
            var season = seasonal ? Season[i % 12] : 1000;
            var wobble = 1000 - wobblePermille + random.Next((2 * wobblePermille) + 1);
            values[i] = (long)Math.Round(level * season * wobble / 1_000_000m, MidpointRounding.AwayFromZero);
        }

        return values;
    }

    /// <summary>SplitMix64: a fixed, portable sequence for a seed (System.Random's is not promised across versions).</summary>
    private sealed class SplitMix
    {
        private ulong state;

        public SplitMix(ulong seed) => state = seed;

        public int Next(int bound)
        {
            unchecked
            {
                state += 0x9E3779B97F4A7C15UL;
                var z = state;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                z ^= z >> 31;
                return (int)(z % (ulong)bound);
            }
        }
    }
}
