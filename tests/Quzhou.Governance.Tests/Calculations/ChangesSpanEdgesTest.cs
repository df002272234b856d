using System.Collections.Generic;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>
/// The changes at the ends of a series (a span starting at its first period, a span or a base one period past its
/// last) and the panel span totals on each of their paths: the fused pass (a zero base), and the checked pass taken
/// when the panel's largest value times the span's length might overflow, held to the single-series call.
/// </summary>
public class ChangesSpanEdgesTest
{
    private static readonly IndicatorSeries Series = TestSeries.Monthly(InterviewIndicators.Thefts, M(2024, 1), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);

    [Fact]
    public void Between_BaseOnePeriodPastTheEnd_IsMissingBase()
    {
        Assert.Equal(UndefinedReason.MissingBase, Changes.Between(Series, M(2025, 2), M(2025, 3)).Reason);
        Assert.Equal(UndefinedReason.MissingCurrent, Changes.Between(Series, M(2025, 3), M(2025, 2)).Reason);
    }

    [Fact]
    public void BetweenSpans_SpanFromTheFirstPeriod_IsDefined()
    {
        var change = Changes.BetweenSpans(Series, M(2024, 1), M(2024, 2), M(2024, 3), M(2024, 4));
        Assert.Equal(UndefinedReason.None, change.Reason);
        Assert.Equal(3, change.Current);
        Assert.Equal(7, change.Base);
    }

    [Fact]
    public void BetweenSpans_SpanOrBaseOnePeriodPastTheEnd_IsMissing()
    {
        Assert.Equal(UndefinedReason.MissingCurrent, Changes.BetweenSpans(Series, M(2025, 1), M(2025, 3), M(2024, 1), M(2024, 3)).Reason);
        Assert.Equal(UndefinedReason.MissingBase, Changes.BetweenSpans(Series, M(2024, 1), M(2024, 3), M(2025, 1), M(2025, 3)).Reason);
        Assert.Equal(UndefinedReason.MissingCurrent, Changes.BetweenSpans(Series, M(2023, 12), M(2024, 2), M(2024, 3), M(2024, 5)).Reason);
    }

    [Fact]
    public void AgainstSameSpan_RegularPanelZeroBase_IsZeroBase()
    {
        var zeros = TestSeries.Monthly(InterviewIndicators.Thefts, M(2024, 1), 0, 0, 0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        var panel = SeriesPanel.FromSeries(new[] { Series, zeros });
        var currents = new long[2];
        var bases = new long[2];
        var reasons = new UndefinedReason[2];
        Changes.AgainstSameSpan(panel, M(2025, 1), M(2025, 2), 1, currents, bases, reasons);
        Assert.Equal(new[] { UndefinedReason.None, UndefinedReason.ZeroBase }, reasons);
        Assert.Equal(new long[] { 27, 27 }, currents);
        Assert.Equal(new long[] { 3, 0 }, bases);
        Assert.Equal(UndefinedReason.ZeroBase, Changes.AgainstSameSpan(panel, M(2025, 1), M(2025, 2), 1)[1].Reason);
    }

    [Fact]
    public void AgainstSameSpan_PanelWhoseSumsMightOverflow_IsEachSeriesAlone()
    {
        // A value of long.MaxValue / 2 outside the spans: three of them might overflow, so the checked pass runs.
        var huge = long.MaxValue / 2;
        var a = TestSeries.Build(InterviewIndicators.Thefts, M(2023, 1), M(2025, 12), p => p == M(2025, 12) ? huge : p.Number + (p.Year % 10));
        var b = TestSeries.Build(InterviewIndicators.Thefts, M(2023, 1), M(2025, 12), p => (p.Number * 3) + p.Year - 2000);
        var c = TestSeries.Build(InterviewIndicators.Thefts, M(2023, 1), M(2025, 12), p => p.Year == 2024 ? 0 : 1);
        var gapped = TestSeries.Build(InterviewIndicators.Thefts, M(2023, 1), M(2025, 12), p => 7, new HashSet<SeriesPeriod> { M(2024, 2) });
        var all = new[] { a, b, c, gapped };
        var panel = SeriesPanel.FromSeries(all);
        var currents = new long[4];
        var bases = new long[4];
        var reasons = new UndefinedReason[4];
        Changes.AgainstSameSpan(panel, M(2025, 1), M(2025, 3), 1, currents, bases, reasons);
        var table = Changes.AgainstSameSpan(panel, M(2025, 1), M(2025, 3), 1);
        for (var s = 0; s < all.Length; s++)
        {
            var alone = Changes.AgainstSameSpan(all[s], M(2025, 1), M(2025, 3), 1);
            Assert.Equal(alone.Reason, reasons[s]);
            Assert.Equal(alone.Current, currents[s]);
            Assert.Equal(alone.Base, bases[s]);
            Assert.Equal(alone, table[s]);
        }

        Assert.Equal(new[] { UndefinedReason.None, UndefinedReason.None, UndefinedReason.ZeroBase, UndefinedReason.MissingBase }, reasons);
        Assert.Equal(1 + 2 + 3 + (3 * 4), bases[0]);
        Assert.Equal(((1 + 2 + 3) * 3) + (3 * 25), currents[1]);
    }

    private static SeriesPeriod M(int year, int month) => SeriesPeriod.Month(year, month);
}
