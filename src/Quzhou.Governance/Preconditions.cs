using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Quzhou.Governance;

/// <summary>
/// The one place that validates arguments. Hot paths test the cheap condition themselves and call a
/// <c>Throw…</c> member only to throw, so the throwing code stays out of the inlined path.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? argument, string paramName) where T : class =>
        argument ?? throw new ArgumentNullException(paramName);

    internal static void CheckArgumentRange(string paramName, long value, long minInclusive, long maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowArgumentOutOfRange(paramName, value, minInclusive, maxInclusive);
        }
    }

    internal static void CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowArgumentOutOfRange(paramName, value, minInclusive, maxInclusive);
        }
    }

    internal static void CheckArgumentRange(string paramName, decimal value, decimal minInclusive, decimal maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowArgumentOutOfRange(paramName, value, minInclusive, maxInclusive);
        }
    }

    internal static void CheckArgument(bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static void CheckArgument<T>(bool expression, string paramName, string messageFormat, T messageArg)
    {
        if (!expression)
        {
            throw new ArgumentException(string.Format(CultureInfo.InvariantCulture, messageFormat, messageArg), paramName);
        }
    }

    [DoesNotReturn]
    internal static void ThrowArgumentOutOfRange<T>(string paramName, T value, T minInclusive, T maxInclusive)
        where T : IFormattable =>
        throw new ArgumentOutOfRangeException(
            paramName,
            value,
            string.Format(
                CultureInfo.InvariantCulture,
                "Value should be in range [{0}-{1}]",
                minInclusive.ToString(null, CultureInfo.InvariantCulture),
                maxInclusive.ToString(null, CultureInfo.InvariantCulture)));

    [DoesNotReturn]
    internal static void ThrowArgument(string paramName, string message) =>
        throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    internal static void ThrowInvalidOperation(string message) =>
        throw new InvalidOperationException(message);
}
