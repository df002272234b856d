using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Quzhou.Governance.Periods;
using Xunit;

namespace Quzhou.Governance.Tests.Periods;

public class PlanReferenceTest
{
    [Theory]
    [InlineData("“十四五”", 14, PlanReferenceKind.WholePlan)]
    [InlineData("“十四五”时期", 14, PlanReferenceKind.WholePlan)]
    [InlineData("“十四五”期间", 14, PlanReferenceKind.WholePlan)]
    [InlineData("“十四五”以来", 14, PlanReferenceKind.SinceStart)]
    [InlineData("“十三五”同期", 13, PlanReferenceKind.SameSpan)]
    [InlineData("“十四五”开局之年", 14, PlanReferenceKind.OpeningYear)]
    [InlineData("“十四五”收官之年", 14, PlanReferenceKind.ClosingYear)]
    [InlineData("十五五开局年", 15, PlanReferenceKind.OpeningYear)]
    public void Parse_NameWithSuffix_KeepsKind(string text, int ordinal, PlanReferenceKind kind)
    {
        var reference = PlanReference.Parse(text);
        Assert.Equal(ordinal, reference.Plan.Ordinal);
        Assert.Equal(kind, reference.Kind);
        Assert.True(PlanReference.TryParse(text, out var again));
        Assert.Equal(reference, again);
        Assert.Equal(reference, PlanReference.Parse(reference.ToString()));
    }

    [Fact]
    public void ToPeriod_EachKind()
    {
        var plan = FiveYearPlan.FromOrdinal(14);
        Assert.Equal(plan.Period, new PlanReference(plan, PlanReferenceKind.WholePlan).ToPeriod());
        Assert.Equal(CalendarPeriod.ForYear(2021), new PlanReference(plan, PlanReferenceKind.OpeningYear).ToPeriod());
        Assert.Equal(CalendarPeriod.ForYear(2025), new PlanReference(plan, PlanReferenceKind.ClosingYear).ToPeriod());
        Assert.Equal(
            CalendarPeriod.ForMonths(new YearMonth(2021, 1), new YearMonth(2025, 10)),
            new PlanReference(plan, PlanReferenceKind.SinceStart).ToPeriod(new LocalDate(2025, 10, 31)));
        Assert.Throws<InvalidOperationException>(() => new PlanReference(plan, PlanReferenceKind.SinceStart).ToPeriod());
        Assert.Equal(
            CalendarPeriod.ForMonths(new YearMonth(2016, 1), new YearMonth(2020, 10)),
            new PlanReference(FiveYearPlan.FromOrdinal(13), PlanReferenceKind.SameSpan).ToPeriod(new LocalDate(2025, 10, 31)));
        Assert.Throws<InvalidOperationException>(() => new PlanReference(plan, PlanReferenceKind.SameSpan).ToPeriod());
        Assert.Throws<ArgumentException>(() => new PlanReference(plan, PlanReferenceKind.SinceStart).ToPeriod(new LocalDate(2020, 10, 31)));
    }

    [Theory]
    [InlineData(PlanReferenceKind.WholePlan, false)]
    [InlineData(PlanReferenceKind.SinceStart, true)]
    [InlineData(PlanReferenceKind.SameSpan, true)]
    [InlineData(PlanReferenceKind.OpeningYear, false)]
    [InlineData(PlanReferenceKind.ClosingYear, false)]
    public void NeedsEnd_EachKind_TrueForSinceStartAndSameSpan(PlanReferenceKind kind, bool expected)
    {
        Assert.Equal(expected, new PlanReference(FiveYearPlan.FromOrdinal(14), kind).NeedsEnd);
    }

    [Fact]
    public void ToPeriod_SameSpanWithEnd_IsPreviousPlanSpanOfNextPlanToEnd()
    {
        var sameSpan = PlanReference.Parse("“十三五”同期");
        Assert.Equal(CalendarPeriod.ForMonths(new YearMonth(2016, 1), new YearMonth(2020, 10)), sameSpan.ToPeriod(new LocalDate(2025, 10, 31)));
        Assert.Equal(CalendarPeriod.ForDays(new LocalDate(2016, 1, 1), new LocalDate(2016, 1, 1)), sameSpan.ToPeriod(new LocalDate(2021, 1, 1)));
        Assert.Equal(FiveYearPlan.FromOrdinal(13).Period, sameSpan.ToPeriod(new LocalDate(2025, 12, 31)));
        Assert.Equal(
            FiveYearPlan.FromOrdinal(13).SameSpanInPrevious(CalendarPeriod.ForMonths(new YearMonth(2016, 1), new YearMonth(2019, 6))),
            PlanReference.Parse("“十二五”同期").ToPeriod(new LocalDate(2019, 6, 30)));
    }

    [Property]
    public Property ToPeriod_SameSpan_IsPreviousPlanSpanOfSinceStartOfNextPlan() => Prop.ForAll(
        Gen.Choose(1, FiveYearPlan.MaxOrdinal - 1).ToArbitrary(),
        Gen.Choose(-400, 2226).ToArbitrary(),
        (ordinal, offset) =>
        {
            var plan = FiveYearPlan.FromOrdinal(ordinal);
            var next = plan.Next();
            var end = next.Period.Start.PlusDays(offset);
            var sameSpan = new PlanReference(plan, PlanReferenceKind.SameSpan);
            if (!next.Contains(end.Year))
            {
                return Assert.Throws<ArgumentException>(() => sameSpan.ToPeriod(end)).ParamName == "end";
            }

            var period = sameSpan.ToPeriod(end);
            var compared = new PlanReference(next, PlanReferenceKind.SinceStart).ToPeriod(end);
            return period == next.SameSpanInPrevious(compared) && period.Start == plan.Period.Start && plan.Contains(period);
        });

    [Theory]
    [InlineData(2020, 10, 31)]
    [InlineData(2030, 10, 31)]
    [InlineData(2026, 1, 1)]
    public void ToPeriod_SameSpanEndOutsideNextPlan_ThrowsNamingEndAndPlan(int year, int month, int day)
    {
        var ex = Assert.Throws<ArgumentException>(() => PlanReference.Parse("“十三五”同期").ToPeriod(new LocalDate(year, month, day)));
        Assert.Equal("end", ex.ParamName);
        Assert.Contains("14th Five-Year Plan (2021–2025)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPeriod_SameSpanOfLastPlan_ThrowsSayingThereIsNoNextPlan()
    {
        var last = new PlanReference(FiveYearPlan.FromOrdinal(FiveYearPlan.MaxOrdinal), PlanReferenceKind.SameSpan);
        var ex = Assert.Throws<InvalidOperationException>(() => last.ToPeriod(new LocalDate(2460, 1, 1)));
        Assert.Contains("past the last Five-Year Plan", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPeriod_SinceStartEndBeforePlan_ThrowsNamingEndAndStart()
    {
        var ex = Assert.Throws<ArgumentException>(() => PlanReference.Parse("“十四五”以来").ToPeriod(new LocalDate(2020, 10, 31)));
        Assert.Equal("end", ex.ParamName);
        Assert.Contains("2021-01-01", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2020-10-31", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UndefinedKind_ThrowsNamingArgument()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PlanReference(default, (PlanReferenceKind)9));
        Assert.Equal("kind", ex.ParamName);
    }

    [Fact]
    public void Equality_AndText()
    {
        var a = new PlanReference(FiveYearPlan.FromOrdinal(14), PlanReferenceKind.SinceStart);
        Assert.Equal("“十四五”以来", a.ToString());
        TestHelper.TestEquality(
            a,
            PlanReference.Parse("十四五以来"),
            new PlanReference(FiveYearPlan.FromOrdinal(14), PlanReferenceKind.WholePlan),
            new PlanReference(FiveYearPlan.FromOrdinal(13), PlanReferenceKind.SinceStart));
        Assert.Equal(FiveYearPlan.FromOrdinal(1), default(PlanReference).Plan);
        Assert.Equal(PlanReferenceKind.WholePlan, default(PlanReference).Kind);
        Assert.Throws<FormatException>(() => a.ToString("X", null));
        Assert.False(PlanReference.TryParse(null, out _));
        Assert.False(PlanReference.TryParse("十四", out _));
        Assert.Throws<ArgumentNullException>(() => PlanReference.Read(null!));
    }
}
