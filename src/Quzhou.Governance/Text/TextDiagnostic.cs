using System;
using System.Globalization;

namespace Quzhou.Governance.Text;

/// <summary>
/// Text a reader could not read with certainty: where it is, a stable code (QT0001…, see
/// <see cref="TextDiagnosticKind"/>) and what is wrong, in Chinese and in English. A reader gives a diagnostic
/// instead of a wrong number. Immutable; equal when kind, span and messages are equal.
/// </summary>
public sealed class TextDiagnostic : IEquatable<TextDiagnostic>
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="kind">What is wrong.</param>
    /// <param name="span">Where, in the original text.</param>
    /// <param name="chineseMessage">The message in Chinese, not empty.</param>
    /// <param name="englishMessage">The message in English, not empty.</param>
    /// <exception cref="ArgumentNullException">A message is null.</exception>
    /// <exception cref="ArgumentException">A message is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public TextDiagnostic(TextDiagnosticKind kind, SourceSpan span, string chineseMessage, string englishMessage)
    {
        Preconditions.CheckArgumentRange(nameof(kind), (int)kind, (int)TextDiagnosticKind.NumbersRunTogether, (int)TextDiagnosticKind.MissingPublicationDate);
        Preconditions.CheckNotNull(chineseMessage, nameof(chineseMessage));
        Preconditions.CheckArgument(chineseMessage.Length > 0, nameof(chineseMessage), "A diagnostic's message is not empty.");
        Preconditions.CheckNotNull(englishMessage, nameof(englishMessage));
        Preconditions.CheckArgument(englishMessage.Length > 0, nameof(englishMessage), "A diagnostic's message is not empty.");
        Kind = kind;
        Span = span;
        ChineseMessage = chineseMessage;
        EnglishMessage = englishMessage;
    }

    /// <summary>What is wrong.</summary>
    public TextDiagnosticKind Kind { get; }

    /// <summary>The stable code: QT and the kind's number in four digits (QT0001).</summary>
    public string Code => "QT" + ((int)Kind).ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Where, in the original text.</summary>
    public SourceSpan Span { get; }

    /// <summary>The message in Chinese.</summary>
    public string ChineseMessage { get; }

    /// <summary>The message in English.</summary>
    public string EnglishMessage { get; }

    /// <summary>Compares kind, span and both messages (ordinal).</summary>
    /// <param name="other">The other diagnostic.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(TextDiagnostic? other) =>
        other is not null && Kind == other.Kind && Span == other.Span
        && string.Equals(ChineseMessage, other.ChineseMessage, StringComparison.Ordinal)
        && string.Equals(EnglishMessage, other.EnglishMessage, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TextDiagnostic);

    /// <inheritdoc />
    public override int GetHashCode() => HashCodes.Combine((int)Kind, Span.GetHashCode(), StringComparer.Ordinal.GetHashCode(EnglishMessage));

    /// <summary>The code, the span and the English message: <c>QT0001 [12..19): …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Code + " " + Span.ToString() + ": " + EnglishMessage;
}
