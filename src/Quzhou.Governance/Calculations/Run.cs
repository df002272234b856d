using System;
using Quzhou.Governance.Indicators;
using System.Globalization;
using Quzhou.Governance.Quantities;
using Quzhou.Governance.Series;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Calculations;

/// <summary>
/// A run of consecutive periods that met a condition: its first and last period, its length, and what
/// ended it (and at which period). An empty run has length 0 and no periods.
/// </summary>
/// <remarks>The default value is not computed: an empty run whose <see cref="EndedBy"/> is <see cref="RunEnd.NotComputed"/>
/// (never <see cref="RunEnd.EndOfData"/>, which would claim a run still going).</remarks>
public readonly struct Run : IEquatable<Run>, IFormattable
#if NET7_0_OR_GREATER
    , IEqualityOperators<Run, Run, bool>
#endif
{
    private readonly SeriesPeriod first;
    private readonly SeriesPeriod endedAt;

    internal Run(SeriesPeriod first, int length, RunEnd endedBy, SeriesPeriod endedAt)
    {
        this.first = first;
        Length = length;
        EndedBy = endedBy;
        this.endedAt = endedAt;
    }

    /// <summary>An empty run found by a calculation, reaching the end of the data (no period met the condition).</summary>
    internal static Run EmptyToEnd => new(default, 0, RunEnd.EndOfData, default);

    /// <summary>The number of periods in the run.</summary>
    public int Length { get; }

    /// <summary>Whether the run has no periods.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>The first period of the run (2021-01).</summary>
    /// <exception cref="InvalidOperationException">The run is empty.</exception>
    public SeriesPeriod First => IsEmpty ? ThrowEmpty() : first;

    /// <summary>The last period of the run (2025-10).</summary>
    /// <exception cref="InvalidOperationException">The run is empty.</exception>
    public SeriesPeriod Last => IsEmpty ? ThrowEmpty() : first.PlusPeriods(Length - 1);

    /// <summary>What ended the run.</summary>
    public RunEnd EndedBy { get; }

    /// <summary>Why the period after the run could not be judged, in the one vocabulary of undefined values:
    /// <see cref="UndefinedReason.MissingCurrent"/>, <see cref="UndefinedReason.MissingBase"/> or
    /// <see cref="UndefinedReason.BasisBreak"/>; <see cref="UndefinedReason.None"/> when the run reached the end of the data
    /// or the next period did not meet the condition; <see cref="UndefinedReason.NotComputed"/> for the default value.</summary>
    public UndefinedReason Reason => EndedBy switch
    {
        RunEnd.MissingCurrent => UndefinedReason.MissingCurrent,
        RunEnd.MissingBase => UndefinedReason.MissingBase,
        RunEnd.BasisBreak => UndefinedReason.BasisBreak,
        RunEnd.NotComputed => UndefinedReason.NotComputed,
        _ => UndefinedReason.None,
    };

    /// <summary>The period that ended the run (the one after <see cref="Last"/>), or null when the run reaches the end of
    /// the data or was not computed.</summary>
    public SeriesPeriod? EndedAt => EndedBy is RunEnd.EndOfData or RunEnd.NotComputed ? null : endedAt;

    /// <inheritdoc />
    [Pure]
    public bool Equals(Run other) =>
        Length == other.Length && EndedBy == other.EndedBy
        && (Length == 0 || first == other.first)
        && (EndedBy is RunEnd.EndOfData or RunEnd.NotComputed || endedAt == other.endedAt);

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is Run other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCodes.Combine(Length, (int)EndedBy, Length == 0 ? 0 : first.GetHashCode());

    /// <summary><c>2021-01..2025-10 (58, EndOfData)</c>, <c>empty (Gap at 2025-10)</c> or <c>not computed</c>.</summary>
    /// <returns>A string for diagnostics.</returns>
    [Pure]
    public override string ToString()
    {
        if (EndedBy == RunEnd.NotComputed)
        {
            return "not computed";
        }

        var end = EndedBy == RunEnd.EndOfData ? "EndOfData" : EndedBy.ToString() + " at " + endedAt.ToString();
        return IsEmpty
            ? "empty (" + end + ")"
            : first.ToString() + ".." + Last.ToString() + " (" + Length.ToString(CultureInfo.InvariantCulture) + ", " + end + ")";
    }

    /// <summary>The run as text: <c>G</c> (or null) as <see cref="ToString()"/>; <c>zh</c>, or a zh culture, in Chinese:
    /// “2021-01至2025-10，连续58期，持续至最新一期”, “无（2025-10：下一期数据缺失）”, “未计算”.</summary>
    /// <param name="format"><c>G</c>, <c>zh</c> or null.</param>
    /// <param name="formatProvider">A zh culture makes <c>zh</c> the default.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of the documented ones.</exception>
    [Pure]
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (!OutcomeWords.IsChinese(format, formatProvider))
        {
            return ToString();
        }

        if (EndedBy == RunEnd.NotComputed)
        {
            return OutcomeWords.For(RunEnd.NotComputed, chinese: true);
        }

        var end = OutcomeWords.For(EndedBy, chinese: true);
        if (EndedBy != RunEnd.EndOfData)
        {
            end = endedAt.ToString() + "：" + end;
        }

        return IsEmpty
            ? "无（" + end + "）"
            : first.ToString() + "至" + Last.ToString() + "，连续" + Length.ToString(CultureInfo.InvariantCulture) + "期，" + end;
    }

    /// <summary>Whether two runs are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Run left, Run right) => left.Equals(right);

    /// <summary>Whether two runs differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Run left, Run right) => !left.Equals(right);

    private static SeriesPeriod ThrowEmpty()
    {
        Preconditions.ThrowInvalidOperation("An empty run has no periods.");
        return default;
    }
}
