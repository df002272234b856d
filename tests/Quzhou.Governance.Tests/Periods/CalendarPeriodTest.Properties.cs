using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Quzhou.Governance.Periods;
using Xunit;

namespace Quzhou.Governance.Tests.Periods;

public partial class CalendarPeriodTest
{
    private static readonly LocalDate DayOne = new(1, 1, 1);

    // 0001-01-01 + this many days is 9999-12-31.
    private const int LastDayOffset = 3_652_058;

    private static Gen<CalendarPeriod> YearGen => Gen.Choose(1, 9999).Select(CalendarPeriod.ForYear);

    private static Gen<CalendarPeriod> HalfGen =>
        from year in Gen.Choose(1, 9999)
        from half in Gen.Choose(1, 2)
        select CalendarPeriod.ForHalfYear(year, half);

    private static Gen<CalendarPeriod> QuarterGen =>
        from year in Gen.Choose(1, 9999)
        from quarter in Gen.Choose(1, 4)
        select CalendarPeriod.ForQuarter(year, quarter);

    private static Gen<CalendarPeriod> MonthGen =>
        Gen.Choose(MonthIndex.MinValue, MonthIndex.MaxValue).Select(i => CalendarPeriod.ForMonth(MonthIndex.ToYearMonth(i)));

    private static Gen<CalendarPeriod> MonthRangeGen =>
        from first in Gen.Choose(MonthIndex.MinValue, MonthIndex.MaxValue)
        from length in Gen.Choose(1, 150)
        select CalendarPeriod.ForMonths(MonthIndex.ToYearMonth(first), MonthIndex.ToYearMonth(Math.Min(MonthIndex.MaxValue, first + length - 1)));

    private static Gen<CalendarPeriod> DayRangeGen =>
        from start in Gen.Choose(0, LastDayOffset)
        from length in Gen.Choose(1, 1000)
        select CalendarPeriod.ForDays(DayOne.PlusDays(start), DayOne.PlusDays(Math.Min(LastDayOffset, start + length - 1)));

    private static Gen<CalendarPeriod> AnyPeriodGen => Gen.OneOf(YearGen, HalfGen, QuarterGen, MonthGen, MonthRangeGen, DayRangeGen);

    /// <summary>Periods inside one plan that has a previous and a next plan: whole months or days.</summary>
    private static Gen<(FiveYearPlan Plan, CalendarPeriod Period)> PlanPeriodGen =>
        from ordinal in Gen.Choose(2, FiveYearPlan.MaxOrdinal - 1)
        from useDays in Gen.Elements(false, true)
        from a in Gen.Choose(0, 1825)
        from b in Gen.Choose(0, 1825)
        let plan = FiveYearPlan.FromOrdinal(ordinal)
        let start = plan.Period.Start
        select (plan, useDays
            ? CalendarPeriod.ForDays(start.PlusDays(Math.Min(Math.Min(a, b), plan.Period.DayCount - 1)), start.PlusDays(Math.Min(Math.Max(a, b), plan.Period.DayCount - 1)))
            : CalendarPeriod.ForMonths(plan.Period.FirstMonth.PlusMonths(Math.Min(a, b) % 60), plan.Period.FirstMonth.PlusMonths(Math.Max(a % 60, Math.Min(a, b) % 60))));

    private static bool CoversLeapDay(CalendarPeriod period)
    {
        for (var year = period.Start.Year; year <= period.End.Year; year++)
        {
            if (CalendarSystem.Iso.IsLeapYear(year) && period.Contains(new LocalDate(year, 2, 29)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsOfFebruary(CalendarPeriod period) =>
        (period.Start.Month == 2 && period.Start.Day >= 28) || (period.End.Month == 2 && period.End.Day >= 28);

    [Property]
    public Property Moving_KeepsKindOfSpan() => Prop.ForAll(
        AnyPeriodGen.Where(p => p.End.Year < 9990 && p.Start.Year > 10).ToArbitrary(),
        p =>
        {
            static bool KindMatchesSpan(CalendarPeriod q) => CalendarPeriod.ForDays(q.Start, q.End).Kind == q.Kind;
            return KindMatchesSpan(p.Next()) && KindMatchesSpan(p.Previous()) && KindMatchesSpan(p.YearEarlier())
                && (!p.IsWholeMonths || (p.Next().Kind == p.Kind && p.YearEarlier().Kind == p.Kind));
        });

    [Property]
    public Property Code_RoundTrips() => Prop.ForAll(AnyPeriodGen.ToArbitrary(), p => CalendarPeriod.Parse(p.ToString()) == p);

    [Property]
    public Property IsoInterval_RoundTrips() => Prop.ForAll(AnyPeriodGen.ToArbitrary(), p => CalendarPeriod.Parse(p.ToString("I", null)) == p);

    [Property]
    public Property SdmxDuration_RoundTrips() => Prop.ForAll(AnyPeriodGen.ToArbitrary(), p => CalendarPeriod.Parse(p.ToString("D", null)) == p);

    [Property]
    public Property Chinese_RoundTrips() => Prop.ForAll(
        AnyPeriodGen.ToArbitrary(),
        p => CalendarPeriod.Parse(p.ToString("zh", null)) == p && CalendarPeriod.Parse(p.ToString(null, CultureInfo.GetCultureInfo("zh-CN"))) == p);

    [Property]
    public Property Ordering_AgreesWithEquality() => Prop.ForAll(
        AnyPeriodGen.ToArbitrary(),
        AnyPeriodGen.ToArbitrary(),
        (a, b) => (a.CompareTo(b) == 0) == a.Equals(b) && (a.CompareTo(a) == 0) && (a == b) == a.Equals(b));

    [Property]
    public Property Ordering_IsAntisymmetric() => Prop.ForAll(
        QuarterGen.ToArbitrary(),
        AnyPeriodGen.ToArbitrary(),
        (a, b) => Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a)));

    [Property]
    public Property Ordering_IsTransitive() => Prop.ForAll(
        Gen.OneOf(YearGen, QuarterGen, MonthGen).ToArbitrary(),
        Gen.OneOf(YearGen, QuarterGen, MonthGen).ToArbitrary(),
        Gen.OneOf(YearGen, QuarterGen, MonthGen).ToArbitrary(),
        (a, b, c) => !(a <= b && b <= c) || a <= c);

    [Property]
    public Property NextThenPrevious_IsIdentity() => Prop.ForAll(
        Gen.OneOf(YearGen, HalfGen, QuarterGen, MonthGen, MonthRangeGen, DayRangeGen)
            .Where(p => p.End.Year < 9990 && p.Start.Year > 10)
            .ToArbitrary(),
        p => p.Next().Start == p.End.PlusDays(1)
            && (p.Next().Previous() == p || (p.Kind == CalendarPeriodKind.DayRange && p.Next().IsWholeMonths)));

    [Fact]
    public void Next_DayRangeFollowedByWholeMonths_BecomesMonthRangeWhosePreviousStepsByMonths()
    {
        // Found by NextThenPrevious_IsIdentity: the kind comes from the span, so the 275 days after
        // 7668-05-30/7669-02-28 are the months 7669-03 … 7669-11, and their previous period is 9 months earlier.
        var days = CalendarPeriod.ForDays(new LocalDate(7668, 5, 30), new LocalDate(7669, 2, 28));
        var next = days.Next();
        Assert.Equal(CalendarPeriodKind.MonthRange, next.Kind);
        Assert.Equal(CalendarPeriod.ForMonths(new YearMonth(7669, 3), new YearMonth(7669, 11)), next);
        Assert.Equal(CalendarPeriod.ForMonths(new YearMonth(7668, 6), new YearMonth(7669, 2)), next.Previous());
    }

    [Property]
    public Property Contains_ItsEndsAndNotBeyond() => Prop.ForAll(
        AnyPeriodGen.Where(p => p.Start.Year > 1 && p.End.Year < 9999).ToArbitrary(),
        p => p.Contains(p.Start) && p.Contains(p.End) && !p.Contains(p.End.PlusDays(1)) && !p.Contains(p.Start.PlusDays(-1)) && p.Contains(p));

    [Property]
    public Property YearEarlier_KeepsMonthCount() => Prop.ForAll(
        Gen.OneOf(YearGen, HalfGen, QuarterGen, MonthGen, MonthRangeGen).Where(p => p.Start.Year > 1).ToArbitrary(),
        p => p.YearEarlier().MonthCount == p.MonthCount && p.YearEarlier().Start.Year == p.Start.Year - 1);

    [Property]
    public Property SameSpanInPrevious_KeepsMonthCount() => Prop.ForAll(
        PlanPeriodGen.Where(x => x.Period.IsWholeMonths).ToArbitrary(),
        x => x.Plan.SameSpanInPrevious(x.Period).MonthCount == x.Period.MonthCount);

    [Property]
    public Property SameSpanInPrevious_KeepsDayCountUnlessLeapDayCovered() => Prop.ForAll(
        PlanPeriodGen.ToArbitrary(),
        x =>
        {
            var mapped = x.Plan.SameSpanInPrevious(x.Period);
            return CoversLeapDay(x.Period) || CoversLeapDay(mapped) || mapped.DayCount == x.Period.DayCount;
        });

    [Property]
    public Property SameSpanInPrevious_LandsInPreviousPlanAtSameOffset() => Prop.ForAll(
        PlanPeriodGen.ToArbitrary(),
        x =>
        {
            var mapped = x.Plan.SameSpanInPrevious(x.Period);
            var previous = x.Plan.Previous();
            return previous.Contains(mapped)
                && mapped.Start.Year - previous.FirstYear == x.Period.Start.Year - x.Plan.FirstYear
                && mapped.Start.Month == x.Period.Start.Month
                && mapped == x.Period.SameSpanInPreviousPlan();
        });

    [Property]
    public Property SameSpanInNext_UndoesPrevious_WhenNoLeapDayMapped() => Prop.ForAll(
        PlanPeriodGen.Where(x => !EndsOfFebruary(x.Period)).ToArbitrary(),
        x => x.Plan.Previous().SameSpanInNext(x.Plan.SameSpanInPrevious(x.Period)) == x.Period);

    [Property]
    public Property MonthCount_IsDifferenceOfMonthIndexes() => Prop.ForAll(
        MonthRangeGen.ToArbitrary(),
        p => p.MonthCount == MonthIndex.Of(p.LastMonth) - MonthIndex.Of(p.FirstMonth) + 1);
}
