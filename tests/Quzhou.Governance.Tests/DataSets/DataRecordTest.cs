using System;
using NodaTime;
using Quzhou.Governance.DataSets;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.DataSets;

/// <summary>A record is one figure as a file row holds it; every part matters to equality.</summary>
public class DataRecordTest
{
    private static readonly RegionCode Quzhou = RegionCode.Quzhou;
    private static readonly SeriesPeriod Oct = SeriesPeriod.Month(2025, 10);

    [Fact]
    public void Equals_EveryPart_Matters() =>
        TestHelper.TestEquality(
            DataRecord.ForValue(InterviewIndicators.Thefts, Quzhou, Oct, 43, ObservationStatus.Provisional, new LocalDate(2025, 11, 15)),
            DataRecord.ForValue(InterviewIndicators.Thefts, Quzhou, Oct, 43, ObservationStatus.Provisional, new LocalDate(2025, 11, 15)),
            DataRecord.ForValue(InterviewIndicators.Thefts, Quzhou, Oct, 43, ObservationStatus.Provisional),
            DataRecord.ForValue(InterviewIndicators.Thefts, Quzhou, Oct, 43, ObservationStatus.Final, new LocalDate(2025, 11, 15)),
            DataRecord.ForValue(InterviewIndicators.Thefts, Quzhou, Oct, 44, ObservationStatus.Provisional, new LocalDate(2025, 11, 15)),
            DataRecord.ForValue(InterviewIndicators.Thefts, RegionCode.Huangshan, Oct, 43, ObservationStatus.Provisional, new LocalDate(2025, 11, 15)),
            DataRecord.ForValue(InterviewIndicators.Homicides, Quzhou, Oct, 43, ObservationStatus.Provisional, new LocalDate(2025, 11, 15)),
            DataRecord.ForValue(InterviewIndicators.Thefts, Quzhou, SeriesPeriod.Month(2025, 9), 43, ObservationStatus.Provisional, new LocalDate(2025, 11, 15)),
            DataRecord.ForGap(InterviewIndicators.Thefts, Quzhou, Oct),
            default);

    [Fact]
    public void Equals_PercentDecimals_Matter() =>
        TestHelper.TestEquality(
            DataRecord.ForPercent(InterviewIndicators.EnforcementClosureRate, Quzhou, Oct, 97.10m, 2),
            DataRecord.ForPercent(InterviewIndicators.EnforcementClosureRate, Quzhou, Oct, 97.1m, 2),
            DataRecord.ForPercent(InterviewIndicators.EnforcementClosureRate, Quzhou, Oct, 97.1m, 1),
            DataRecord.ForParts(InterviewIndicators.EnforcementClosureRate, Quzhou, Oct, 9710, 10000));

    [Fact]
    public void Key_Equality_IndicatorAndRegion() =>
        TestHelper.TestEquality(
            new DataSetKey(InterviewIndicators.Thefts, Quzhou),
            new DataSetKey(InterviewIndicators.Thefts, Quzhou),
            new DataSetKey(InterviewIndicators.Thefts, RegionCode.Huangshan),
            new DataSetKey(InterviewIndicators.Homicides, Quzhou),
            default);

    [Fact]
    public void Value_OfAnotherKind_Throws()
    {
        var parts = DataRecord.ForParts(InterviewIndicators.EnforcementClosureRate, Quzhou, Oct, 9710, 10000);
        Assert.Equal(9710, parts.Numerator);
        Assert.Equal(10000, parts.Denominator);
        Assert.Throws<InvalidOperationException>(() => parts.Value);
        Assert.Throws<InvalidOperationException>(() => parts.Percent);
        Assert.Throws<InvalidOperationException>(() => DataRecord.ForGap(InterviewIndicators.Thefts, Quzhou, Oct).Status);
        Assert.Throws<InvalidOperationException>(() => default(DataRecord).Indicator);
        Assert.Throws<InvalidOperationException>(() => default(DataSetKey).Indicator);
    }

    [Fact]
    public void Factories_BadValues_ThrowNamingTheArgument()
    {
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => DataRecord.ForValue(InterviewIndicators.Thefts, Quzhou, Oct, -1)).ParamName);
        Assert.Equal(-5, DataRecord.ForValue(InterviewIndicators.TelecomFraudLosses, Quzhou, Oct, -5).Value);
        Assert.Equal("numerator", Assert.Throws<ArgumentException>(() => DataRecord.ForParts(InterviewIndicators.EnforcementClosureRate, Quzhou, Oct, 11, 10)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentException>(() => DataRecord.ForPercent(InterviewIndicators.EnforcementClosureRate, Quzhou, Oct, 97.18m, 1)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => DataRecord.ForGap(InterviewIndicators.Thefts, Quzhou, default)).ParamName);
        Assert.Equal("status", Assert.Throws<ArgumentOutOfRangeException>(() => DataRecord.ForValue(InterviewIndicators.Thefts, Quzhou, Oct, 1, (ObservationStatus)9)).ParamName);
    }

    [Theory]
    [InlineData(ObservationStatus.Final, null, "public-security.thefts 330800 2025-10: 43")]
    [InlineData(ObservationStatus.Provisional, "2025-11-15", "public-security.thefts 330800 2025-10: 43 (Provisional, published 2025-11-15)")]
    public void ToString_ValueRecord_ShowsStatusAndDate(ObservationStatus status, string? date, string expected)
    {
        LocalDate? published = date is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        Assert.Equal(expected, DataRecord.ForValue(InterviewIndicators.Thefts, Quzhou, Oct, 43, status, published).ToString());
    }
}
