using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Tests.Calculations;

public partial class RollupsTest
{
    [Fact]
    public void SumRegions_FourBorderCities_AddsByCalendar()
    {
        // 衢黄南饶: the four border cities' incidents summed.
        var series = new Dictionary<RegionCode, IndicatorSeries>
        {
            [RegionCode.Quzhou] = TestSeries.Monthly(InterviewIndicators.BorderIncidents, M(2025, 1), 10, 11),
            [RegionCode.Huangshan] = TestSeries.Monthly(InterviewIndicators.BorderIncidents, M(2025, 1), 20, 21),
            [RegionCode.Nanping] = TestSeries.Monthly(InterviewIndicators.BorderIncidents, M(2025, 2), 31),
            [RegionCode.Shangrao] = TestSeries.Monthly(InterviewIndicators.BorderIncidents, M(2025, 1), 40, 41),
        };
        var all = new[] { RegionCode.Quzhou, RegionCode.Huangshan, RegionCode.Nanping, RegionCode.Shangrao };
        var sum = Rollups.SumRegions(series, all);
        Assert.True(sum.IsGap(M(2025, 1))); // 南平 has no January: never filled
        Assert.Equal(11 + 21 + 31 + 41, sum[M(2025, 2)].Value);
        Assert.Throws<ArgumentException>(() => Rollups.SumRegions(series, new[] { RegionCode.Quzhou, RegionCode.Quzhou }));
        Assert.Throws<ArgumentException>(() => Rollups.SumRegions(series, new[] { RegionCode.FromValue(330000) }));
        Assert.Throws<ArgumentException>(() => Rollups.SumRegions(series, Array.Empty<RegionCode>()));
    }

    [Property]
    public Property ToRegionLevel_CityEqualsSumOfCounties()
    {
        var counties = new[] { 330802, 330803, 330822, 330824, 341002, 341021 }.Select(RegionCode.FromValue).ToArray();
        return Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 1000).Select(x => (long)x), counties.Length * 3).ToArbitrary(), values =>
        {
            var series = new Dictionary<RegionCode, IndicatorSeries>();
            for (var c = 0; c < counties.Length; c++)
            {
                series[counties[c]] = IndicatorSeries.FromValues(InterviewIndicators.Thefts, M(2025, 1), values.AsSpan(c * 3, 3));
            }

            var cities = Rollups.ToRegionLevel(series, RegionLevel.City);
            var provinces = Rollups.ToRegionLevel(series, RegionLevel.Province);
            for (var m = 0; m < 3; m++)
            {
                var quzhou = Enumerable.Range(0, 4).Sum(c => values[(c * 3) + m]);
                var huangshan = Enumerable.Range(4, 2).Sum(c => values[(c * 3) + m]);
                if (cities[RegionCode.Quzhou].Values[m] != quzhou || cities[RegionCode.Huangshan].Values[m] != huangshan
                    || provinces[RegionCode.FromValue(330000)].Values[m] != quzhou)
                {
                    return false;
                }
            }

            return cities.Count == 2 && provinces.Count == 2;
        });
    }

    [Fact]
    public void SumRegions_BreakWhereAnotherRegionHasAGap_CarriesToTheNextSum()
    {
        // 衢州 counts on a new basis from 2024-06, the month 黄山 is missing: the sum from 2024-07 on is on the new basis.
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus> { [M(2024, 6)] = ObservationStatus.BasisBreak };
        var series = new Dictionary<RegionCode, IndicatorSeries>
        {
            [RegionCode.Quzhou] = TestSeries.Build(InterviewIndicators.BorderIncidents, M(2024, 1), M(2025, 12), p => 10, statuses: statuses),
            [RegionCode.Huangshan] = TestSeries.Build(InterviewIndicators.BorderIncidents, M(2024, 1), M(2025, 12), p => 20, new HashSet<SeriesPeriod> { M(2024, 6) }),
        };
        var sum = Rollups.SumRegions(series, new[] { RegionCode.Quzhou, RegionCode.Huangshan });
        Assert.True(sum.IsGap(M(2024, 6)));
        Assert.Equal(ObservationStatus.BasisBreak, sum[M(2024, 7)].Status);
        Assert.Equal(UndefinedReason.BasisBreak, Changes.YearOnYear(sum, M(2025, 3)).Reason);
        Assert.Equal(UndefinedReason.None, Changes.YearOnYear(sum, M(2025, 7)).Reason);
    }
}
