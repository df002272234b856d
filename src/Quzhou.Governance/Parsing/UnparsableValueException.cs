using System;

namespace Quzhou.Governance.Parsing;

/// <summary>
/// Thrown by a throwing <c>Parse</c> (or by <see cref="ParseResult{T}.Value"/> of a failed result):
/// the text could not be read. <see cref="Error"/> says where and what was expected.
/// </summary>
public sealed class UnparsableValueException : FormatException
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    /// <param name="error">The parse error; its message becomes this exception's message.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public UnparsableValueException(ParseError error)
        : base(Preconditions.CheckNotNull(error, nameof(error)).Message)
    {
        Error = error;
    }

    /// <summary>Where reading stopped and what was expected there.</summary>
    public ParseError Error { get; }
}
