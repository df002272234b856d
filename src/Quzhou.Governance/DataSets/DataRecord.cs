using System;
using System.Globalization;
using NodaTime;
using Quzhou.Governance.Indicators;
using Quzhou.Governance.Series;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.DataSets;

/// <summary>
/// One figure of a <see cref="DataSet"/> as a file row holds it: an indicator in a region for a period, its value
/// (a count or an amount in 分, a rate's parts, or a percentage as published with its decimals) or a gap, its
/// status, and the date it was published when known. The same period may have several records, one per
/// publication date (初步统计数 first, the revision later); see <see cref="DataSet.AsOf(LocalDate)"/>. A count or
/// amount may be published as a year-to-date total (1—N月累计, <see cref="ForYearToDate"/>) rather than for its
/// period alone, and may carry the same period of the previous year restated on its basis
/// (上年同期按可比口径调整后的数, <see cref="WithComparableBase"/>).
/// </summary>
/// <remarks>The default value has no indicator: <see cref="Indicator"/> throws for it. Records are made by
/// <see cref="ForValue"/>, <see cref="ForParts"/>, <see cref="ForPercent"/> and <see cref="ForGap"/>, which
/// validate as the series builders do.</remarks>
public readonly struct DataRecord : IEquatable<DataRecord>
#if NET7_0_OR_GREATER
    , IEqualityOperators<DataRecord, DataRecord, bool>
#endif
{
    private readonly Indicator? indicator;
    private readonly long first;
    private readonly long second;
    private readonly decimal percent;
    private readonly LocalDate? publishedOn;
    private readonly byte kind;
    private readonly byte status;
    private readonly byte decimals;
    private readonly byte form;

    private const byte YearToDateForm = 1;
    private const byte HasComparableBase = 2;

    private DataRecord(Indicator indicator, RegionCode region, SeriesPeriod period, DataRecordKind kind, long first, long second, decimal percent, int decimals, ObservationStatus status, LocalDate? publishedOn, byte form = 0)
    {
        this.form = form;
        this.indicator = indicator;
        Region = region;
        Period = period;
        this.kind = (byte)kind;
        this.first = first;
        this.second = second;
        this.percent = percent;
        this.decimals = (byte)decimals;
        this.status = (byte)status;
        this.publishedOn = publishedOn;
    }

    /// <summary>The indicator.</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public Indicator Indicator => indicator ?? throw new InvalidOperationException("The default DataRecord has no indicator.");

    /// <summary>The region.</summary>
    public RegionCode Region { get; }

    /// <summary>The period.</summary>
    public SeriesPeriod Period { get; }

    /// <summary>The series the record belongs to.</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public DataSetKey Key => new(Indicator, Region);

    /// <summary>What the record holds.</summary>
    public DataRecordKind Kind => (DataRecordKind)kind;

    /// <summary>Whether the record is a gap (no value).</summary>
    public bool IsGap => Kind == DataRecordKind.Gap;

    /// <summary>The count, or the amount in 分.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Kind"/> is not <see cref="DataRecordKind.Value"/>.</exception>
    public long Value => Kind == DataRecordKind.Value ? first : ThrowKind<long>(DataRecordKind.Value);

    /// <summary>The rate's numerator.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Kind"/> is not <see cref="DataRecordKind.Parts"/>.</exception>
    public long Numerator => Kind == DataRecordKind.Parts ? first : ThrowKind<long>(DataRecordKind.Parts);

    /// <summary>The rate's denominator.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Kind"/> is not <see cref="DataRecordKind.Parts"/>.</exception>
    public long Denominator => Kind == DataRecordKind.Parts ? second : ThrowKind<long>(DataRecordKind.Parts);

    /// <summary>The percentage as published (97.10 for “97.10%”).</summary>
    /// <exception cref="InvalidOperationException"><see cref="Kind"/> is not <see cref="DataRecordKind.Percent"/>.</exception>
    public decimal Percent => Kind == DataRecordKind.Percent ? percent : ThrowKind<decimal>(DataRecordKind.Percent);

    /// <summary>The decimals the percentage was printed with (2 for “97.10%”); 0 for other kinds.</summary>
    public int Decimals => decimals;

    /// <summary>The status of the value.</summary>
    /// <exception cref="InvalidOperationException">The record is a gap.</exception>
    public ObservationStatus Status => IsGap ? ThrowKind<ObservationStatus>(DataRecordKind.Value) : (ObservationStatus)status;

    /// <summary>Whether the value is a year-to-date total (1—N月累计): the sum from the first period of the year (January,
    /// or the first quarter) to this period, as published, rather than the figure of this period alone. 1—2月 published
    /// together is a year-to-date record of February with no record of January: one observation over two months.</summary>
    public bool IsYearToDate => (form & YearToDateForm) != 0;

    /// <summary>The same period of the previous year restated on this record's basis (上年同期按可比口径调整后的数,
    /// published after a break in basis beside the figure), or null when none was published. For a year-to-date record
    /// it is the previous year's total over the same months. The previous year's own record keeps its first-published
    /// value; calculations on the comparable basis (按可比口径) use this one.</summary>
    public long? ComparableBase => (form & HasComparableBase) != 0 ? second : null;

    /// <summary>The date the figure was published, or null when the file did not say. A record without a date stands
    /// on every date (<see cref="DataSet.AsOf(LocalDate)"/> keeps it) and is superseded by any dated record of its period.</summary>
    public LocalDate? PublishedOn => publishedOn;

    /// <summary>A count, or an amount in 分.</summary>
    /// <param name="indicator">A count or amount indicator.</param>
    /// <param name="region">The region.</param>
    /// <param name="period">The period, in the years 1–9999.</param>
    /// <param name="value">A count (not negative), or an amount in 分.</param>
    /// <param name="status">The status.</param>
    /// <param name="publishedOn">The publication date, or null when unknown.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException">A count is negative, or the period is outside the calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The status is unknown.</exception>
    [Pure]
    public static DataRecord ForValue(QuantityIndicator indicator, RegionCode region, SeriesPeriod period, long value, ObservationStatus status = ObservationStatus.Final, LocalDate? publishedOn = null)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        CheckPeriod(period);
        SeriesValidation.CheckValue(indicator, period, value, nameof(value));
        CheckStatus(status);
        return new DataRecord(indicator, region, period, DataRecordKind.Value, value, 0, 0m, 0, status, publishedOn);
    }

    /// <summary>A year-to-date total of a flow (1—N月累计): a count or an amount in 分 from the first period of the
    /// year to <paramref name="period"/>. 1—2月累计 is <c>ForYearToDate(…, 2025-02, …)</c>.</summary>
    /// <param name="indicator">A count or amount indicator of a flow (a stock does not add up over time).</param>
    /// <param name="region">The region.</param>
    /// <param name="period">The last period summed: a month or a quarter, in the years 1–9999.</param>
    /// <param name="value">The total: a count (not negative), or an amount in 分.</param>
    /// <param name="status">The status.</param>
    /// <param name="publishedOn">The publication date, or null when unknown.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException">The indicator is a stock, the period is a year or outside the calendar, or a
    /// count is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The status is unknown.</exception>
    [Pure]
    public static DataRecord ForYearToDate(QuantityIndicator indicator, RegionCode region, SeriesPeriod period, long value, ObservationStatus status = ObservationStatus.Final, LocalDate? publishedOn = null)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        if (indicator.MeasureKind != MeasureKind.Flow)
        {
            Preconditions.ThrowArgument(nameof(indicator), "A year-to-date total needs a flow; " + indicator.Code + " is a stock, whose values do not add up over time.");
        }

        CheckPeriod(period);
        if (period.Frequency == Frequency.Year)
        {
            Preconditions.ThrowArgument(nameof(period), "A year-to-date total ends at a month or a quarter; " + period.ToString() + " is a year, whose total is its own figure.");
        }

        SeriesValidation.CheckValue(indicator, period, value, nameof(value));
        CheckStatus(status);
        return new DataRecord(indicator, region, period, DataRecordKind.Value, value, 0, 0m, 0, status, publishedOn, YearToDateForm);
    }

    /// <summary>This record with <paramref name="comparableBase"/>, the same period of the previous year restated on
    /// its basis (上年同期按可比口径调整后的数), beside it.</summary>
    /// <param name="comparableBase">The restated base: a count (not negative), or an amount in 分.</param>
    /// <returns>The record with the base.</returns>
    /// <exception cref="InvalidOperationException">The record is not a count or an amount (<see cref="DataRecordKind.Value"/>).</exception>
    /// <exception cref="ArgumentException">A count's base is negative.</exception>
    [Pure]
    public DataRecord WithComparableBase(long comparableBase)
    {
        if (Kind != DataRecordKind.Value)
        {
            return ThrowKind<DataRecord>(DataRecordKind.Value);
        }

        SeriesValidation.CheckValue((QuantityIndicator)Indicator, Period, comparableBase, nameof(comparableBase));
        return new DataRecord(Indicator, Region, Period, DataRecordKind.Value, first, comparableBase, 0m, 0, (ObservationStatus)status, publishedOn, (byte)(form | HasComparableBase));
    }

    /// <summary>A rate's numerator and denominator: 9718 out of 10000.</summary>
    /// <param name="indicator">A rate indicator.</param>
    /// <param name="region">The region.</param>
    /// <param name="period">The period, in the years 1–9999.</param>
    /// <param name="numerator">The numerator, not negative.</param>
    /// <param name="denominator">The denominator, not negative (0 leaves the rate undefined, a value).</param>
    /// <param name="status">The status.</param>
    /// <param name="publishedOn">The publication date, or null when unknown.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException">A part is negative, a share exceeds 100%, or the period is outside the calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The status is unknown.</exception>
    [Pure]
    public static DataRecord ForParts(RateIndicator indicator, RegionCode region, SeriesPeriod period, long numerator, long denominator, ObservationStatus status = ObservationStatus.Final, LocalDate? publishedOn = null)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        CheckPeriod(period);
        SeriesValidation.CheckParts(indicator, period, numerator, denominator, nameof(numerator), nameof(denominator));
        CheckStatus(status);
        return new DataRecord(indicator, region, period, DataRecordKind.Parts, numerator, denominator, 0m, 0, status, publishedOn);
    }

    /// <summary>A rate known only as published: 97.10 with 2 decimals for “97.10%”.</summary>
    /// <param name="indicator">A rate indicator.</param>
    /// <param name="region">The region.</param>
    /// <param name="period">The period, in the years 1–9999.</param>
    /// <param name="percent">The percentage as printed, not negative (not above 100 for a share).</param>
    /// <param name="decimals">The decimals printed, 0–10, enough to hold <paramref name="percent"/>.</param>
    /// <param name="status">The status.</param>
    /// <param name="publishedOn">The publication date, or null when unknown.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException">The percentage has more decimals than printed, or the period is outside the calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The percentage, the decimals or the status are out of range.</exception>
    [Pure]
    public static DataRecord ForPercent(RateIndicator indicator, RegionCode region, SeriesPeriod period, decimal percent, int decimals, ObservationStatus status = ObservationStatus.Final, LocalDate? publishedOn = null)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        CheckPeriod(period);
        SeriesValidation.CheckPublished(indicator, percent, decimals, nameof(percent), nameof(decimals));
        CheckStatus(status);
        return new DataRecord(indicator, region, period, DataRecordKind.Percent, 0, 0, percent, decimals, status, publishedOn);
    }

    /// <summary>A period known to have no value, inside the series (never filled). A gap has no status and no date.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="region">The region.</param>
    /// <param name="period">The period, in the years 1–9999.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException">The period is outside the calendar.</exception>
    [Pure]
    public static DataRecord ForGap(Indicator indicator, RegionCode region, SeriesPeriod period)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        CheckPeriod(period);
        return new DataRecord(indicator, region, period, DataRecordKind.Gap, 0, 0, 0m, 0, ObservationStatus.Final, null);
    }

    /// <inheritdoc />
    [Pure]
    public bool Equals(DataRecord other) =>
        kind == other.kind && form == other.form && first == other.first && second == other.second && percent == other.percent
        && decimals == other.decimals && status == other.status && Period == other.Period && Region == other.Region
        && Nullable.Equals(publishedOn, other.publishedOn) && Equals(indicator, other.indicator);

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is DataRecord other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() =>
        HashCodes.Combine(
            HashCodes.Combine(indicator is null ? 0 : StringComparer.Ordinal.GetHashCode(indicator.Code), Region.GetHashCode(), Period.GetHashCode()),
            first.GetHashCode(),
            second.GetHashCode(),
            percent.GetHashCode(),
            HashCodes.Combine(kind, status, publishedOn.GetHashCode(), form));

    /// <summary><c>telecom-fraud.cases 330800 2025-10: 42 (Provisional, published 2025-11-15)</c>; a year-to-date
    /// record <c>… 2025-10: year to date 420 (comparable base 400)</c>.</summary>
    /// <returns>A string for diagnostics.</returns>
    [Pure]
    public override string ToString()
    {
        var head = (indicator?.Code ?? "(none)") + " " + Region.ToString() + " " + Period.ToString() + ": ";
        var value = Kind switch
        {
            DataRecordKind.Value => first.ToString(CultureInfo.InvariantCulture),
            DataRecordKind.Parts => first.ToString(CultureInfo.InvariantCulture) + "/" + second.ToString(CultureInfo.InvariantCulture),
            DataRecordKind.Percent => percent.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%",
            _ => "gap",
        };
        if (IsGap)
        {
            return head + value;
        }

        if (IsYearToDate)
        {
            head += "year to date ";
        }

        var notes = Status == ObservationStatus.Final ? string.Empty : Status.ToString();
        if (ComparableBase is { } restated)
        {
            notes = "comparable base " + restated.ToString(CultureInfo.InvariantCulture) + (notes.Length == 0 ? string.Empty : ", " + notes);
        }

        if (publishedOn is { } date)
        {
            notes += (notes.Length == 0 ? string.Empty : ", ") + "published " + date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        }

        return notes.Length == 0 ? head + value : head + value + " (" + notes + ")";
    }

    /// <summary>Whether two records are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DataRecord left, DataRecord right) => left.Equals(right);

    /// <summary>Whether two records differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DataRecord left, DataRecord right) => !left.Equals(right);

    /// <summary>The canonical order inside one series: period, then the period's own figure before a year-to-date
    /// total, then publication date (undated first).</summary>
    internal static int CompareWithinSeries(DataRecord left, DataRecord right)
    {
        var byPeriod = left.Period.Ordinal.CompareTo(right.Period.Ordinal);
        if (byPeriod != 0)
        {
            return byPeriod;
        }

        var byForm = (left.form & YearToDateForm).CompareTo(right.form & YearToDateForm);
        if (byForm != 0)
        {
            return byForm;
        }

        return (left.publishedOn, right.publishedOn) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            ({ } a, { } b) => a.CompareTo(b),
        };
    }

    /// <summary>Whether this is the default value (no indicator): every record made by the factories has one.</summary>
    internal bool IsDefault => indicator is null;

    /// <summary>The record as a data set stores it, without its indicator, region and frequency.</summary>
    internal StoredRecord ToStored() => new(Period.Ordinal, kind, first, second, percent, decimals, status, publishedOn, form);

    /// <summary>The record of <paramref name="stored"/> in the series of <paramref name="indicator"/> in
    /// <paramref name="region"/> at <paramref name="frequency"/>.</summary>
    internal static DataRecord FromStored(Indicator indicator, RegionCode region, Frequency frequency, in StoredRecord stored)
    {
        var isPercent = stored.Kind == (byte)DataRecordKind.Percent;
        return new DataRecord(
            indicator,
            region,
            SeriesPeriod.FromOrdinal(frequency, stored.Ordinal),
            (DataRecordKind)stored.Kind,
            isPercent ? 0 : stored.First,
            isPercent ? 0 : stored.Second,
            isPercent ? stored.Percent : 0m,
            stored.Decimals,
            (ObservationStatus)stored.Status,
            stored.PublishedOn,
            (byte)(stored.Form & (YearToDateForm | HasComparableBase)));
    }

    private static void CheckPeriod(SeriesPeriod period)
    {
        if (!period.IsInCalendar)
        {
            Preconditions.ThrowArgument(nameof(period), "The period " + period.ToString() + " is outside the years 1-9999 (the default SeriesPeriod is).");
        }
    }

    private static void CheckStatus(ObservationStatus status) =>
        Preconditions.CheckArgumentRange(nameof(status), (int)status, 0, 4);

    private T ThrowKind<T>(DataRecordKind wanted)
    {
        Preconditions.ThrowInvalidOperation(ToString() + " is a " + Kind.ToString() + " record, not a " + wanted.ToString() + " record.");
        return default!;
    }
}
