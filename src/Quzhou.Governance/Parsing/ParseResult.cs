using System;
using System.Diagnostics.CodeAnalysis;

namespace Quzhou.Governance.Parsing;

/// <summary>
/// The outcome of reading text: either a value or a <see cref="ParseError"/> that says where reading
/// stopped and what was expected. Reading never throws on bad text; only <see cref="Value"/> of a failed
/// result throws, with the error's message.
/// </summary>
/// <typeparam name="T">The type of value read.</typeparam>
/// <remarks>The default value is a failed result with no error attached; <see cref="Value"/> and
/// <see cref="Error"/> both throw <see cref="InvalidOperationException"/> for it.</remarks>
public readonly struct ParseResult<T>
{
    private readonly T value;
    private readonly ParseError? error;

    private ParseResult(T value, ParseError? error, bool success)
    {
        this.value = value;
        this.error = error;
        Success = success;
    }

    /// <summary>Whether a value was read.</summary>
    public bool Success { get; }

    /// <summary>The value read.</summary>
    /// <exception cref="UnparsableValueException">The text could not be read; the message says where and why.</exception>
    /// <exception cref="InvalidOperationException">This is the default value of the struct.</exception>
    public T Value
    {
        get
        {
            if (Success)
            {
                return value;
            }

            throw error is null
                ? new InvalidOperationException("This ParseResult is the default value: it holds neither a value nor an error.")
                : error.ToException();
        }
    }

    /// <summary>Why reading failed.</summary>
    /// <exception cref="InvalidOperationException">The result succeeded, or this is the default value of the struct.</exception>
    public ParseError Error => error ?? throw new InvalidOperationException(
        Success ? "The text was read: a successful ParseResult has no error." : "This ParseResult is the default value: it holds neither a value nor an error.");

    /// <summary>A successful result holding <paramref name="value"/>.</summary>
    /// <param name="value">The value read.</param>
    /// <returns>The result.</returns>
    [Pure]
    public static ParseResult<T> ForValue(T value) => new(value, null, true);

    /// <summary>A failed result holding <paramref name="error"/>.</summary>
    /// <param name="error">Why reading failed.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    [Pure]
    public static ParseResult<T> ForError(ParseError error) =>
        new(default!, Preconditions.CheckNotNull(error, nameof(error)), false);

    /// <summary>A failed result for <paramref name="text"/> at <paramref name="position"/>.</summary>
    /// <param name="text">The whole text that was being read.</param>
    /// <param name="position">Where reading stopped.</param>
    /// <param name="expected">What was expected there, in plain words.</param>
    /// <returns>The result.</returns>
    [Pure]
    public static ParseResult<T> ForError(string text, int position, string expected) =>
        new(default!, new ParseError(text, position, expected), false);

    /// <summary>Gets the value when there is one.</summary>
    /// <param name="result">The value read, or the default of <typeparamref name="T"/> when reading failed.</param>
    /// <returns>Whether a value was read.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T result)
    {
        result = value;
        return Success;
    }

    /// <summary>Applies <paramref name="projection"/> to a value; passes an error on unchanged.</summary>
    /// <typeparam name="TResult">The type of the projected value.</typeparam>
    /// <param name="projection">The function applied to a successfully read value.</param>
    /// <returns>The projected result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="projection"/> is null.</exception>
    [Pure]
    public ParseResult<TResult> Convert<TResult>(Func<T, TResult> projection)
    {
        Preconditions.CheckNotNull(projection, nameof(projection));
        return Success ? ParseResult<TResult>.ForValue(projection(value)) : ConvertError<TResult>();
    }

    /// <summary>The same failure as a result of another type.</summary>
    /// <typeparam name="TResult">The type of the other result.</typeparam>
    /// <returns>A failed result holding this result's error.</returns>
    /// <exception cref="InvalidOperationException">This result succeeded.</exception>
    [Pure]
    public ParseResult<TResult> ConvertError<TResult>() =>
        Success
            ? throw new InvalidOperationException("A successful ParseResult has no error to convert.")
            : ParseResult<TResult>.ForError(Error);

    /// <summary>The value read, or the error's message.</summary>
    /// <returns>A string for diagnostics.</returns>
    [Pure]
    public override string ToString() =>
        Success ? value?.ToString() ?? string.Empty : error?.Message ?? "(default ParseResult)";
}
