using System.Runtime.InteropServices;
using NodaTime;

namespace Quzhou.Governance.DataSets;

/// <summary>
/// A <see cref="DataRecord"/> as a data set keeps it: without its indicator, region and frequency (its series holds
/// them), and without any reference, so the garbage collector neither traces nor scans an array of them record by
/// record (a data set of a million records is a few large arrays to the collector, not a million references). 32
/// bytes: the two numbers or the percentage in the same 16 bytes, the period's ordinal, the publication date, and the
/// kind, status, decimals and form.
/// </summary>
[StructLayout(LayoutKind.Explicit)]
internal readonly struct StoredRecord
{
    /// <summary>The record is a year-to-date total.</summary>
    internal const byte YearToDateForm = 1;

    /// <summary>The record carries a comparable base (in <see cref="Second"/>).</summary>
    internal const byte HasComparableBase = 2;

    /// <summary>The record has a publication date (in <see cref="Published"/>).</summary>
    internal const byte HasDate = 4;

    /// <summary>The value, or the numerator.</summary>
    [FieldOffset(0)]
    internal readonly long First;

    /// <summary>The denominator, or the comparable base.</summary>
    [FieldOffset(8)]
    internal readonly long Second;

    /// <summary>The percentage as published, for a percent record (over <see cref="First"/> and <see cref="Second"/>, which
    /// such a record does not use).</summary>
    [FieldOffset(0)]
    internal readonly decimal Percent;

    /// <summary>The period's ordinal in its series' frequency.</summary>
    [FieldOffset(16)]
    internal readonly int Ordinal;

    /// <summary>The publication date when <see cref="Form"/> has <see cref="HasDate"/>.</summary>
    [FieldOffset(20)]
    internal readonly LocalDate Published;

    /// <summary>The <see cref="DataRecordKind"/>.</summary>
    [FieldOffset(24)]
    internal readonly byte Kind;

    /// <summary>The <see cref="Series.ObservationStatus"/>.</summary>
    [FieldOffset(25)]
    internal readonly byte Status;

    /// <summary>The decimals printed, for a percent record.</summary>
    [FieldOffset(26)]
    internal readonly byte Decimals;

    /// <summary><see cref="YearToDateForm"/>, <see cref="HasComparableBase"/> and <see cref="HasDate"/>.</summary>
    [FieldOffset(27)]
    internal readonly byte Form;

    internal StoredRecord(int ordinal, byte kind, long first, long second, decimal percent, byte decimals, byte status, LocalDate? published, byte form)
    {
        if (kind == (byte)DataRecordKind.Percent)
        {
            First = 0;
            Second = 0;
            Percent = percent;
        }
        else
        {
            // The percentage overlaps the two numbers: written first, so they stand.
            Percent = 0m;
            First = first;
            Second = second;
        }

        Ordinal = ordinal;
        Published = published ?? default;
        Kind = kind;
        Status = status;
        Decimals = decimals;
        Form = published is null ? form : (byte)(form | HasDate);
    }

    /// <summary>Whether the record is plain: a count's or an amount's value alone (final, undated, no comparable base, the
    /// period's own figure), so that <see cref="Plain"/> of its ordinal and value gives it back.</summary>
    internal bool IsPlain =>
        Kind == (byte)DataRecordKind.Value && Status == 0 && Form == 0 && Decimals == 0 && Second == 0;

    /// <summary>The plain record of <paramref name="value"/> at <paramref name="ordinal"/>.</summary>
    internal static StoredRecord Plain(int ordinal, long value) =>
        new(ordinal, (byte)DataRecordKind.Value, value, 0, 0m, 0, 0, null, 0);

    /// <summary>Whether the record is a gap.</summary>
    internal bool IsGap => Kind == (byte)DataRecordKind.Gap;

    /// <summary>Whether the record is a year-to-date total.</summary>
    internal bool IsYearToDate => (Form & YearToDateForm) != 0;

    /// <summary>The publication date, or null.</summary>
    internal LocalDate? PublishedOn => (Form & HasDate) != 0 ? Published : null;

    /// <summary>The record's place in its series' order as one number: period, then form (the period's own figure first),
    /// then publication date (undated first); the order of <see cref="DataRecord.CompareWithinSeries"/>.</summary>
    internal long Point =>
        ((long)Ordinal << 32)
        | (IsYearToDate ? 1L << 31 : 0L)
        | ((Form & HasDate) != 0 ? (uint)(((Published.Year + 10_000) * 10_000) + (Published.Month * 100) + Published.Day) : 0u);
}
