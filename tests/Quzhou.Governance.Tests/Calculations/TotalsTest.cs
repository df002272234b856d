using System;
using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
using Xunit;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Tests.Calculations;

public class TotalsTest
{
    private static SeriesPeriod M(int year, int month) => SeriesPeriod.Month(year, month);

    [Fact]
    public void Over_LegalServices_Over190Thousand()
    {
        // 累计提供各类法律服务19万余次: 3,300 a month over 58 months is 191,400.
        var series = TestSeries.Build(InterviewIndicators.LegalServices, M(2021, 1), M(2025, 10), p => 3300);
        var total = Totals.Over(series, M(2021, 1), M(2025, 10));
        Assert.Equal(191_400, total.Value);
        Assert.InRange(total.Value, 190_001, 199_999);
    }

    [Fact]
    public void Over_GapOrOutside_IsUndefined()
    {
        var series = TestSeries.Build(InterviewIndicators.LegalServices, M(2025, 1), M(2025, 10), p => 1, new HashSet<SeriesPeriod> { M(2025, 4) });
        Assert.Equal(UndefinedReason.MissingCurrent, Totals.Over(series, M(2025, 1), M(2025, 10)).Reason);
        Assert.Equal(UndefinedReason.MissingCurrent, Totals.Over(series, M(2024, 12), M(2025, 2)).Reason);
        Assert.Throws<InvalidOperationException>(() => Totals.Over(series, M(2025, 1), M(2025, 10)).Value);
        Assert.Equal(3, Totals.Over(series, M(2025, 1), M(2025, 3)).Value);
        Assert.Throws<ArgumentException>(() => Totals.Over(series, M(2025, 3), M(2025, 1)));
    }

    [Fact]
    public void Over_SpanAcrossBreak_IsBasisBreak()
    {
        // 口径调整 from 2025-04: a total over January–October adds counts of two bases.
        var statuses = new Dictionary<SeriesPeriod, ObservationStatus> { [M(2025, 4)] = ObservationStatus.BasisBreak };
        var series = TestSeries.Build(InterviewIndicators.LegalServices, M(2025, 1), M(2025, 10), p => 1, statuses: statuses);
        Assert.Equal(UndefinedReason.BasisBreak, Totals.Over(series, M(2025, 1), M(2025, 10)).Reason);
        Assert.Equal(7, Totals.Over(series, M(2025, 4), M(2025, 10)).Value); // the break's own period begins a comparable span
        Assert.Equal(3, Totals.Over(series, M(2025, 1), M(2025, 3)).Value);
    }
}
