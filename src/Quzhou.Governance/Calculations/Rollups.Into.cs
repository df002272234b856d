using System;
using System.Buffers;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;

namespace Quzhou.Governance.Calculations;

/// <summary>Roll-ups into spans the caller owns: a loop over many indicators allocates nothing per call.</summary>
public static partial class Rollups
{
    /// <summary>How many coarse periods each series of <paramref name="panel"/> has once rolled up to <paramref name="target"/>
    /// (21 years for 2005-01…2025-10): the length of each row that <see cref="ToFrequency(SeriesPanel, Frequency, Span{long}, Span{ObservationStatus?})"/>
    /// fills. The first coarse period is <c>panel.Start.ToFrequency(target)</c>.</summary>
    /// <param name="panel">The panel.</param>
    /// <param name="target">A frequency coarser than (or equal to) the panel's.</param>
    /// <returns>The number of coarse periods per series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is finer than the panel's frequency.</exception>
    public static int CoarseLength(SeriesPanel panel, Frequency target)
    {
        Preconditions.CheckNotNull(panel, nameof(panel));
        return Plan(panel.Start, panel.Length, target).Length;
    }

    /// <summary>
    /// Rolls every series of a panel up to <paramref name="target"/> into spans the caller owns, series after series, each
    /// row <see cref="CoarseLength"/> long: <c>values[k]</c> and <c>statuses[k]</c> are the value and status of
    /// <see cref="ToFrequency(SeriesPanel, Frequency)"/>'s panel at the same place, and a coarse period that is a gap there
    /// (a partial first or last year of a flow) is 0 with a null status here. Allocates nothing (for rows of up to 256
    /// coarse periods; longer rows borrow one pooled buffer per call).
    /// </summary>
    /// <param name="panel">The panel.</param>
    /// <param name="target">A frequency coarser than (or equal to) the panel's.</param>
    /// <param name="values">The coarse values, <see cref="SeriesPanel.SeriesCount"/> × <see cref="CoarseLength"/> long.</param>
    /// <param name="statuses">The coarse statuses (<see cref="ObservationStatus.BasisBreak"/> for a break in basis), null for a gap; as long.</param>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="target"/> is finer than the panel's frequency, or a span's length is not
    /// the series count × the coarse length.</exception>
    public static void ToFrequency(SeriesPanel panel, Frequency target, Span<long> values, Span<ObservationStatus?> statuses)
    {
        Preconditions.CheckNotNull(panel, nameof(panel));
        var (_, coarseLength, k, lead) = Plan(panel.Start, panel.Length, target);
        var n = checked(coarseLength * panel.SeriesCount);
        BulkKernels.CheckLength(values.Length, n, nameof(values), panel.SeriesCount, coarseLength);
        BulkKernels.CheckLength(statuses.Length, n, nameof(statuses), panel.SeriesCount, coarseLength);
        var length = panel.Length;
        var stock = panel.Indicator.MeasureKind == MeasureKind.Stock;
        var rawFlags = panel.RawFlags;
        var fits = panel.SumsFit(k);
        byte[]? rented = coarseLength > 256 ? ArrayPool<byte>.Shared.Rent(coarseLength) : null;
        Span<byte> rowFlags = rented is null ? stackalloc byte[256] : rented;
        rowFlags = rowFlags.Slice(0, coarseLength);
        try
        {
            for (var s = 0; s < panel.SeriesCount; s++)
            {
                var row = values.Slice(s * coarseLength, coarseLength);
                RollRow(
                    panel.RawValues.AsSpan(s * length, length),
                    rawFlags is null ? default : rawFlags.AsSpan(s * length, length),
                    panel.Regular[s] && rawFlags is null,
                    fits,
                    stock,
                    k,
                    lead,
                    row,
                    rowFlags);
                var rowStatuses = statuses.Slice(s * coarseLength, coarseLength);
                for (var c = 0; c < coarseLength; c++)
                {
                    var f = rowFlags[c];
                    if (f == PointFlags.Gap)
                    {
                        row[c] = 0;
                        rowStatuses[c] = null;
                    }
                    else
                    {
                        rowStatuses[c] = PointFlags.ToStatus(f);
                    }
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
