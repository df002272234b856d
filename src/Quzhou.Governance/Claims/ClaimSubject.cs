using System;
using Quzhou.Governance.Indicators;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Claims;

/// <summary>
/// What a claim is about: an indicator, named by its code, with the words the bulletin printed for it
/// (“命案总量” for <c>public-security.homicides</c>); or, when the indicator is not known, only those words.
/// Immutable.
/// </summary>
/// <remarks>The default value has no code and empty text: a subject not yet named.</remarks>
public readonly struct ClaimSubject : IEquatable<ClaimSubject>
#if NET7_0_OR_GREATER
    , IEqualityOperators<ClaimSubject, ClaimSubject, bool>
#endif
{
    private readonly string? text;
    private readonly string? englishText;

    /// <summary>Creates a subject.</summary>
    /// <param name="text">The words printed for it (“命案总量”), not empty.</param>
    /// <param name="indicatorCode">The indicator's code, or null when it is not known.</param>
    /// <param name="englishText">The English words (“homicides”), or null to print the indicator's English name
    /// where the code is known from a catalog, the Chinese words otherwise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty, or <paramref name="indicatorCode"/> or
    /// <paramref name="englishText"/> is empty but not null.</exception>
    public ClaimSubject(string text, string? indicatorCode = null, string? englishText = null)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        Preconditions.CheckArgument(text.Length > 0, nameof(text), "A subject's text is not empty.");
        Preconditions.CheckArgument(indicatorCode is null || indicatorCode.Length > 0, nameof(indicatorCode), "An indicator code is null or not empty.");
        Preconditions.CheckArgument(englishText is null || englishText.Length > 0, nameof(englishText), "English text is null or not empty.");
        this.text = text;
        IndicatorCode = indicatorCode;
        this.englishText = englishText;
    }

    /// <summary>The words printed for the subject (“命案总量”).</summary>
    public string Text => text ?? string.Empty;

    /// <summary>The indicator's code, or null when the subject is known only by its words.</summary>
    public string? IndicatorCode { get; }

    /// <summary>The English words, or null when none were given.</summary>
    public string? EnglishText => englishText;

    /// <summary>Whether the subject names an indicator by its code.</summary>
    public bool HasIndicator => IndicatorCode is not null;

    /// <summary>The subject <paramref name="indicator"/>, with its own Chinese and English names unless other
    /// words are given.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="text">The words printed for it, or null for its Chinese name.</param>
    /// <param name="englishText">The English words, or null for its English name.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    public static ClaimSubject For(Indicator indicator, string? text = null, string? englishText = null)
    {
        Preconditions.CheckNotNull(indicator, nameof(indicator));
        return new ClaimSubject(text ?? indicator.ChineseName, indicator.Code, englishText ?? indicator.EnglishName);
    }

    /// <summary>Compares the words, the code and the English words (ordinal).</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ClaimSubject left, ClaimSubject right) => left.Equals(right);

    /// <summary>Compares the words, the code and the English words (ordinal).</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ClaimSubject left, ClaimSubject right) => !left.Equals(right);

    /// <summary>Whether this subject is the same as <paramref name="other"/> for arithmetic: the same indicator code
    /// when both have one, the same words otherwise.</summary>
    /// <param name="other">The other subject.</param>
    /// <returns>Whether they name the same thing.</returns>
    public bool SameSubjectAs(ClaimSubject other) =>
        IndicatorCode is not null && other.IndicatorCode is not null
            ? string.Equals(IndicatorCode, other.IndicatorCode, StringComparison.Ordinal)
            : string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <summary>Compares the words, the code and the English words (ordinal).</summary>
    /// <param name="other">The other subject.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(ClaimSubject other) =>
        string.Equals(Text, other.Text, StringComparison.Ordinal)
        && string.Equals(IndicatorCode, other.IndicatorCode, StringComparison.Ordinal)
        && string.Equals(englishText, other.englishText, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ClaimSubject other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCodes.Combine(
        StringComparer.Ordinal.GetHashCode(Text),
        IndicatorCode is null ? 0 : StringComparer.Ordinal.GetHashCode(IndicatorCode),
        englishText is null ? 0 : StringComparer.Ordinal.GetHashCode(englishText));

    /// <summary>The words, with the code in brackets when there is one: <c>命案总量 [public-security.homicides]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IndicatorCode is null ? Text : Text + " [" + IndicatorCode + "]";
}
