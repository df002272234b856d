using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Quzhou.Governance.Calculations;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Claims;

/// <summary>
/// What checking one subject's figure of a claim against data found: it holds (with the recomputed value), is
/// contradicted (the value and what it prints as at the published precision), is ambiguous (every reading tried and
/// which fit), undefined (why), unverifiable (what is missing), or holds on the earlier vintage only (the value as
/// first published and as revised). Each explains itself in one sentence, in Chinese and in English. Immutable.
/// </summary>
public sealed class ClaimVerdict : IFormattable
{
    private static readonly ClaimReading[] NoReadings = [];
    private static readonly string[] NothingMissing = [];

    private readonly bool isChangeFraction;

    private ClaimVerdict(Claim claim, int index, ClaimVerdictKind kind, decimal? value, PublishedFigure? printed, CalendarPeriod? period, ClaimReading[] readings, string[] missing, UndefinedReason reason, decimal? revisedValue)
    {
        Preconditions.CheckNotNull(claim, nameof(claim));
        Preconditions.CheckArgumentRange(nameof(index), index, 0, claim.Subjects.Count - 1);
        ClaimId = claim.Id;
        SubjectIndex = index;
        Subject = claim.Subjects[index];
        Figure = claim.FigureOf(index);
        Kind = kind;
        Value = value;
        Printed = printed;
        Period = period;
        Readings = Array.AsReadOnly(readings);
        Missing = Array.AsReadOnly(missing);
        Reason = reason;
        RevisedValue = revisedValue;
    }

    private ClaimVerdict(ClaimVerdict other, long? numerator, long? denominator, bool isChange, string? subjectEnglishName)
    {
        ClaimId = other.ClaimId;
        SubjectIndex = other.SubjectIndex;
        Subject = other.Subject;
        Figure = other.Figure;
        Kind = other.Kind;
        Value = other.Value;
        Printed = other.Printed;
        Period = other.Period;
        Readings = other.Readings;
        Missing = other.Missing;
        Reason = other.Reason;
        RevisedValue = other.RevisedValue;
        Numerator = numerator;
        Denominator = denominator;
        isChangeFraction = isChange;
        SubjectEnglishName = subjectEnglishName;
        Progress = other.Progress;
    }

    /// <summary>The claim's id.</summary>
    public string ClaimId { get; }

    /// <summary>The index of the subject checked.</summary>
    public int SubjectIndex { get; }

    /// <summary>The subject checked.</summary>
    public ClaimSubject Subject { get; }

    /// <summary>The published figure checked.</summary>
    public PublishedFigure Figure { get; }

    /// <summary>What the check found.</summary>
    public ClaimVerdictKind Kind { get; }

    /// <summary>The recomputed value in the figure's units (percent for %, the count for a count), or null when there
    /// is none (undefined, unverifiable, ambiguous, a threshold).</summary>
    public decimal? Value { get; }

    /// <summary>What the recomputed value prints as at the published precision (for a contradiction), or null.</summary>
    public PublishedFigure? Printed { get; }

    /// <summary>The period that was checked (the one that fits, when the claim left it unstated), or null.</summary>
    public CalendarPeriod? Period { get; }

    /// <summary>Every reading tried, with whether it fits (for an ambiguous claim); empty otherwise.</summary>
    public IReadOnlyList<ClaimReading> Readings { get; }

    /// <summary>What the data lack (for an unverifiable claim); empty otherwise.</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>Why the value is undefined (for an undefined claim); <see cref="UndefinedReason.None"/> otherwise.</summary>
    public UndefinedReason Reason { get; }

    /// <summary>The value on the revised data (for a claim that holds on the earlier vintage only), or null.</summary>
    public decimal? RevisedValue { get; }

    /// <summary>When <see cref="Value"/> is a ratio of counts, the exact fraction's numerator: the cases for a rate
    /// (1824 of 1824/2500), the difference current − base for a relative change ((629 − 2326) / 2326 gives −1697);
    /// null otherwise. <see cref="Value"/> is <see cref="Numerator"/> / <see cref="Denominator"/> in the figure's
    /// units (× 100 for %).</summary>
    public long? Numerator { get; }

    /// <summary>The exact fraction's denominator (the responses of a rate, the base of a change), or null.</summary>
    public long? Denominator { get; }

    /// <summary>The subject's English words: the claim's own (<see cref="ClaimSubject.EnglishText"/>), else the
    /// English name of its indicator in the catalog it was checked with; null when there is neither (English text
    /// then falls back to the Chinese words).</summary>
    public string? SubjectEnglishName { get; }

    /// <summary>For a claim of progress against a plan target (<see cref="ClaimKind.PlanProgress"/>), the progress the
    /// data give: the share of the plan's time elapsed (时间过半) beside the share of the target achieved (任务过半);
    /// null for every other claim, and when the data set holds no target.</summary>
    public TargetProgress? Progress { get; private set; }

    /// <summary>The figure holds: <paramref name="value"/> prints as it.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="index">The subject's index.</param>
    /// <param name="value">The recomputed value, or null when the check has none (a threshold held).</param>
    /// <param name="period">The period checked, or null.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a subject's.</exception>
    public static ClaimVerdict Holds(Claim claim, int index, decimal? value, CalendarPeriod? period) =>
        new(claim, index, ClaimVerdictKind.Holds, value, null, period, NoReadings, NothingMissing, UndefinedReason.None, null);

    /// <summary>The figure is contradicted: the data give <paramref name="value"/>, which prints as <paramref name="printed"/>.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="index">The subject's index.</param>
    /// <param name="value">The recomputed value, or null when the check has none (a threshold broken).</param>
    /// <param name="printed">What it prints as at the published precision, or null.</param>
    /// <param name="period">The period checked, or null.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a subject's.</exception>
    public static ClaimVerdict Contradicted(Claim claim, int index, decimal? value, PublishedFigure? printed, CalendarPeriod? period) =>
        new(claim, index, ClaimVerdictKind.Contradicted, value, printed, period, NoReadings, NothingMissing, UndefinedReason.None, null);

    /// <summary>The words admit several readings; <paramref name="readings"/> lists each one tried and whether it fits.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="index">The subject's index.</param>
    /// <param name="readings">The readings tried, at least two.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two readings.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a subject's.</exception>
    public static ClaimVerdict Ambiguous(Claim claim, int index, IEnumerable<ClaimReading> readings)
    {
        var all = Preconditions.CheckNotNull(readings, nameof(readings)).ToArray();
        Preconditions.CheckArgument(all.Length >= 2, nameof(readings), "An ambiguous claim has at least two readings, but had {0}.", all.Length);
        return new(claim, index, ClaimVerdictKind.Ambiguous, null, null, null, all, NothingMissing, UndefinedReason.None, null);
    }

    /// <summary>The value is undefined for <paramref name="reason"/>.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="index">The subject's index.</param>
    /// <param name="reason">Why, not <see cref="UndefinedReason.None"/>.</param>
    /// <param name="period">The period checked, or null.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is <see cref="UndefinedReason.None"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a subject's.</exception>
    public static ClaimVerdict Undefined(Claim claim, int index, UndefinedReason reason, CalendarPeriod? period)
    {
        Preconditions.CheckArgument(reason != UndefinedReason.None, nameof(reason), "An undefined value has a reason, but was {0}.", reason);
        return new(claim, index, ClaimVerdictKind.Undefined, null, null, period, NoReadings, NothingMissing, reason, null);
    }

    /// <summary>The check cannot be made: <paramref name="missing"/> names what is missing (“电信网络诈骗损失数 330800”,
    /// “2016-01/2020-10”, “a check of 翻…番”).</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="index">The subject's index.</param>
    /// <param name="missing">What is missing, at least one item.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Nothing is named.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a subject's.</exception>
    public static ClaimVerdict Unverifiable(Claim claim, int index, IEnumerable<string> missing)
    {
        var all = Preconditions.CheckNotNull(missing, nameof(missing)).ToArray();
        Preconditions.CheckArgument(all.Length > 0 && all.All(m => !string.IsNullOrEmpty(m)), nameof(missing), "An unverifiable claim names what is missing.");
        return new(claim, index, ClaimVerdictKind.Unverifiable, null, null, null, NoReadings, all, UndefinedReason.None, null);
    }

    /// <summary>The figure follows from the data as first published (<paramref name="firstValue"/>), not as revised
    /// (<paramref name="revisedValue"/>).</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="index">The subject's index.</param>
    /// <param name="firstValue">The value on the data as they stood at publication.</param>
    /// <param name="revisedValue">The value on the revised data.</param>
    /// <param name="period">The period checked, or null.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claim"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a subject's.</exception>
    public static ClaimVerdict HoldsOnEarlierVintageOnly(Claim claim, int index, decimal? firstValue, decimal? revisedValue, CalendarPeriod? period) =>
        new(claim, index, ClaimVerdictKind.HoldsOnEarlierVintageOnly, firstValue, null, period, NoReadings, NothingMissing, UndefinedReason.None, revisedValue);

    /// <summary>This verdict with the exact fraction its value was computed from (a rate's k/n, a change's
    /// (current − base)/base when <paramref name="isChange"/>).</summary>
    internal ClaimVerdict WithFraction(long numerator, long denominator, bool isChange) =>
        new(this, numerator, denominator, isChange, SubjectEnglishName);

    /// <summary>This verdict with the progress against the plan target it was decided on.</summary>
    internal ClaimVerdict WithProgress(TargetProgress progress) =>
        new(this, Numerator, Denominator, isChangeFraction, SubjectEnglishName) { Progress = progress };

    /// <summary>This verdict with the subject's English words (from the claim or the catalog).</summary>
    internal ClaimVerdict WithSubjectEnglishName(string? name) =>
        name == SubjectEnglishName ? this : new(this, Numerator, Denominator, isChangeFraction, name);

    /// <summary>
    /// The recomputed value as a verdict prints it, at the published figure's precision followed by what decides the
    /// verdict: the exact fraction for a ratio of counts (“72.96%（1824/2500）”, “-72.96%（(629−2326)/2326）”), otherwise
    /// the value rounded 四舍五入 to two more decimals (“11.53个百分点（11.5299）”); a whole count as it is (1725).
    /// For a claim that holds on the earlier vintage only, the first value; “—” when there is no value.
    /// </summary>
    /// <param name="format">"zh" or "en"; null, "" or "G" for the culture's language.</param>
    /// <param name="formatProvider">The culture, for the "G" format.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of those.</exception>
    public string FormatValue(string? format, IFormatProvider? formatProvider)
    {
        // The format is checked first, so a bad one throws whether or not there is a value.
        var chinese = ClaimWriter.IsChinese(format, formatProvider);
        return Value is { } value ? Show(value, chinese, exact: true) : "—";
    }

    /// <summary>The verdict in English (see <see cref="ToString(string, IFormatProvider)"/>).</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => ToString("en", null);

    /// <summary>
    /// The verdict as one sentence: “电信网络诈骗发案数 58个月：成立（重算值58，2021-01/2025-10）” /
    /// “telecom-fraud cases 58个月: holds (recomputed 58 over 2021-01/2025-10)”.
    /// </summary>
    /// <param name="format">"zh" or "en"; null, "" or "G" for the culture's language.</param>
    /// <param name="formatProvider">The culture, for the "G" format.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="FormatException">The format is not one of those.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        ClaimWriter.IsChinese(format, formatProvider) ? Chinese() : English();

    /// <summary>A value of this verdict's figure (the exact fraction only for <see cref="Value"/> itself).</summary>
    private string Show(decimal value, bool chinese, bool exact) =>
        ClaimValueText.Format(value, Figure, Figure.Unit, exact ? Numerator : null, exact ? Denominator : null, isChangeFraction, chinese);

    /// <summary>A reading's value, in the points or percent it was measured in.</summary>
    private string Show(ClaimReading reading, bool chinese) =>
        ClaimValueText.Format(reading.Value, Figure, reading.Measure switch
        {
            ClaimReadingKind.PercentagePoints => Figure.Unit.Kind == FigureUnitKind.Permille ? FigureUnit.PermillePoints : FigureUnit.PercentagePoints,
            ClaimReadingKind.RelativeChange => FigureUnit.Percent,
            _ => Figure.Unit,
        }, null, null, false, chinese);

    /// <summary>For a rate's change printed in % (提升11.53%), which measure fits: “按百分点成立，按百分比不成立” /
    /// “11.53 percentage points, not percent”; empty for any other figure.</summary>
    private string MeasureSummary(bool chinese)
    {
        if (!Readings.Any(r => r.Measure != ClaimReadingKind.AsWorded))
        {
            return string.Empty;
        }

        var points = Readings.Any(r => r.Fits && r.Measure == ClaimReadingKind.PercentagePoints);
        var percent = Readings.Any(r => r.Fits && r.Measure == ClaimReadingKind.RelativeChange);
        var v = Figure.Value.ToString(CultureInfo.InvariantCulture);
        return (points, percent, chinese) switch
        {
            (true, false, true) => "按百分点成立，按百分比不成立；",
            (false, true, true) => "按百分比成立，按百分点不成立；",
            (true, true, true) => "按百分点和按百分比均成立；",
            (false, false, true) => "按百分点和按百分比均不成立；",
            (true, false, false) => v + " percentage points, not percent; ",
            (false, true, false) => v + " percent, not percentage points; ",
            (true, true, false) => "both " + v + " percentage points and " + v + " percent fit; ",
            _ => "neither " + v + " percentage points nor " + v + " percent fits; ",
        };
    }

    private static string ReadingWords(ClaimReading reading, bool chinese) =>
        reading.Measure == ClaimReadingKind.AsWorded || reading.Measure == reading.Kind
            ? ReadingWords(reading.Kind, chinese)
            : reading.Kind == ClaimReadingKind.AsWorded
                ? ReadingWords(reading.Measure, chinese)
                : ReadingWords(reading.Kind, chinese) + (chinese ? string.Empty : " ") + ReadingWords(reading.Measure, chinese);

    private static string PeriodText(CalendarPeriod? period, bool chinese) =>
        period is { } p ? (chinese ? "，" + p.ToString("zh", null) : " over " + p.ToString("I", null)) : string.Empty;

    private static string ReadingWords(ClaimReadingKind kind, bool chinese) => kind switch
    {
        ClaimReadingKind.PercentagePoints => chinese ? "按百分点" : "as percentage points",
        ClaimReadingKind.RelativeChange => chinese ? "按相对变化" : "as a relative change",
        ClaimReadingKind.WholePlan => chinese ? "与上一规划全期相比" : "against the whole previous plan",
        ClaimReadingKind.SameSpan => chinese ? "与上一规划同期相比" : "against the same span of the previous plan",
        ClaimReadingKind.LatestYearAgainstYearsBefore => chinese ? "最近一年与若干年前相比" : "the latest year against the year that many years before",
        ClaimReadingKind.RecentYearsAgainstPrecedingYears => chinese ? "近几年与此前同样年数相比" : "the last years against as many before them",
        ClaimReadingKind.DifferenceFromPreviousYear => chinese ? "与上年之差" : "the difference from the previous year",
        ClaimReadingKind.TotalOfPeriod => chinese ? "本期合计" : "the period's total",
        _ => chinese ? "按字面" : "as worded",
    };

    private string Head(bool chinese) => (chinese ? Subject.Text : SubjectEnglishName ?? Subject.Text) + " " + Figure.ToString() + (chinese ? "：" : ": ");

    /// <summary>The progress against the plan target, after the verdict: “；已完成49.15%，时间进度50.00%（60个月中的30个月）：进度滞后”.</summary>
    private string ProgressText(bool chinese) =>
        Progress is not { } progress ? string.Empty
        : chinese ? "；" + progress.ToString("zh", null)
        : "; " + progress.ToString();

    private string Chinese() => ChineseVerdict() + ProgressText(chinese: true);

    private string English() => EnglishVerdict() + ProgressText(chinese: false);

    private string ChineseVerdict()
    {
        var head = Head(chinese: true);
        return Kind switch
        {
            ClaimVerdictKind.Holds => head + "成立" + (Value is { } v ? "（重算值" + Show(v, true, exact: true) + PeriodText(Period, true) + "）" : Period is { } p ? "（" + p.ToString("zh", null) + "）" : string.Empty),
            ClaimVerdictKind.Contradicted => head + "不成立" + (Value is { } c ? "：重算值" + Show(c, true, exact: true) + (Printed is { } printed ? "，按公布精度为" + printed : string.Empty) : string.Empty) + PeriodText(Period, true),
            ClaimVerdictKind.Ambiguous => head + "有歧义：" + MeasureSummary(true) + (Readings.Any(r => r.Fits) ? string.Join("；", Readings.Where(r => r.Fits).Select(r => ReadingWords(r, true) + "计为" + Show(r, true))) + "，相符" : "各种理解均不相符"),
            ClaimVerdictKind.Undefined => head + Reason.Describe(CultureInfo.GetCultureInfo("zh-CN")) + PeriodText(Period, true),
            ClaimVerdictKind.Unverifiable => head + "无法核验：缺少" + string.Join("、", Missing),
            _ => head + "仅与初次公布数据相符（初次" + (Value is { } f ? Show(f, true, exact: false) : "—") + "，修订后" + (RevisedValue is { } r2 ? Show(r2, true, exact: false) : "—") + "）",
        };
    }

    private string EnglishVerdict()
    {
        var head = Head(chinese: false);
        return Kind switch
        {
            ClaimVerdictKind.Holds => head + "holds" + (Value is { } v ? " (recomputed " + Show(v, false, exact: true) + PeriodText(Period, false) + ")" : Period is { } p ? " (over " + p.ToString("I", null) + ")" : string.Empty),
            ClaimVerdictKind.Contradicted => head + "contradicted" + (Value is { } c ? ": the data give " + Show(c, false, exact: true) + (Printed is { } printed ? ", which prints as " + printed : string.Empty) : string.Empty) + PeriodText(Period, false),
            ClaimVerdictKind.Ambiguous => head + "ambiguous: " + MeasureSummary(false) + (Readings.Any(r => r.Fits) ? string.Join("; ", Readings.Where(r => r.Fits).Select(r => ReadingWords(r, false) + ": " + Show(r, false))) + (Readings.Count(r => r.Fits) == 1 ? " fits" : " fit") : "no reading fits"),
            ClaimVerdictKind.Undefined => head + Reason.Describe(CultureInfo.InvariantCulture) + PeriodText(Period, false),
            ClaimVerdictKind.Unverifiable => head + "unverifiable: missing " + string.Join(", ", Missing),
            _ => head + "holds on the data as first published (" + (Value is { } f ? Show(f, false, exact: false) : "—") + ") but not as revised (" + (RevisedValue is { } r2 ? Show(r2, false, exact: false) : "—") + ")",
        };
    }
}
