using System.Collections.Generic;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>Small series for the calculation tests.</summary>
internal static class TestSeries
{
    internal static IndicatorSeries Monthly(QuantityIndicator indicator, SeriesPeriod start, params long[] values) =>
        IndicatorSeries.FromValues(indicator, start, values);

    /// <summary>A monthly series from start to end with value f(period), skipping the periods in gaps.</summary>
    internal static IndicatorSeries Build(QuantityIndicator indicator, SeriesPeriod start, SeriesPeriod end, System.Func<SeriesPeriod, long> value, ISet<SeriesPeriod>? gaps = null, IDictionary<SeriesPeriod, ObservationStatus>? statuses = null)
    {
        var builder = IndicatorSeries.CreateBuilder(indicator, start.Frequency);
        for (var p = start; p <= end; p = p.PlusPeriods(1))
        {
            if (gaps is not null && gaps.Contains(p))
            {
                continue;
            }

            var status = statuses is not null && statuses.TryGetValue(p, out var s) ? s : ObservationStatus.Final;
            builder.Add(p, value(p), status);
        }

        return builder.Build(start, end);
    }
}
