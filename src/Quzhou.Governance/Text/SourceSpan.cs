using System;
using System.Globalization;
#if NET7_0_OR_GREATER
using System.Numerics;
#endif

namespace Quzhou.Governance.Text;

/// <summary>
/// A run of characters in the original text a reader was given: where it starts and how many UTF-16 chars it
/// holds (the end is excluded). Named so that it does not clash with Roslyn's <c>TextSpan</c> in user code.
/// Immutable.
/// </summary>
/// <remarks>The default value starts at 0 and is empty.</remarks>
public readonly struct SourceSpan : IEquatable<SourceSpan>
#if NET7_0_OR_GREATER
    , IEqualityOperators<SourceSpan, SourceSpan, bool>
#endif
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">The index of its first char, 0 or more.</param>
    /// <param name="length">How many chars it holds, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative,
    /// or their sum overflows.</exception>
    public SourceSpan(int start, int length)
    {
        Preconditions.CheckArgumentRange(nameof(start), start, 0, int.MaxValue);
        Preconditions.CheckArgumentRange(nameof(length), length, 0, int.MaxValue - start);
        Start = start;
        Length = length;
    }

    /// <summary>The index of the first char.</summary>
    public int Start { get; }

    /// <summary>How many chars the span holds.</summary>
    public int Length { get; }

    /// <summary>The index just after the last char (excluded).</summary>
    public int End => Start + Length;

    /// <summary>Whether the span holds no char.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>The span from <paramref name="start"/> to <paramref name="end"/> (excluded).</summary>
    /// <param name="start">The index of the first char.</param>
    /// <param name="end">The index just after the last char, not before <paramref name="start"/>.</param>
    /// <returns>The span.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative or
    /// <paramref name="end"/> is before it.</exception>
    [Pure]
    public static SourceSpan FromBounds(int start, int end)
    {
        Preconditions.CheckArgumentRange(nameof(start), start, 0, int.MaxValue);
        Preconditions.CheckArgumentRange(nameof(end), end, start, int.MaxValue);
        return new SourceSpan(start, end - start);
    }

    /// <summary>Compares start and length.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SourceSpan left, SourceSpan right) => left.Equals(right);

    /// <summary>Compares start and length.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SourceSpan left, SourceSpan right) => !left.Equals(right);

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    /// <param name="other">The other span.</param>
    /// <returns>Whether it is contained (an empty span at the end counts).</returns>
    [Pure]
    public bool Contains(SourceSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>The chars of this span in <paramref name="text"/>.</summary>
    /// <param name="text">The text the span points into.</param>
    /// <returns>The chars.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The span runs past the end of <paramref name="text"/>.</exception>
    [Pure]
    public ReadOnlySpan<char> In(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        Preconditions.CheckArgumentRange(nameof(text) + ".Length", text.Length, End, int.MaxValue);
        return text.AsSpan(Start, Length);
    }

    /// <summary>Compares start and length.</summary>
    /// <param name="other">The other span.</param>
    /// <returns>Whether they are equal.</returns>
    [Pure]
    public bool Equals(SourceSpan other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc />
    [Pure]
    public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

    /// <inheritdoc />
    [Pure]
    public override int GetHashCode() => HashCodes.Combine(Start, Length);

    /// <summary>The span as <c>[start..end)</c>: <c>[12..19)</c>.</summary>
    /// <returns>The text.</returns>
    [Pure]
    public override string ToString() =>
        "[" + Start.ToString(CultureInfo.InvariantCulture) + ".." + End.ToString(CultureInfo.InvariantCulture) + ")";
}
