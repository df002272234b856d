using System;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>Assertions on an exception's exact type, parameter name and words (a changed message is observable).</summary>
internal static class ArgumentChecks
{
    /// <summary>Asserts that <paramref name="action"/> throws exactly <typeparamref name="T"/> naming <paramref name="paramName"/>,
    /// its message starting with <paramref name="message"/> (the framework appends the parameter).</summary>
    internal static T Throws<T>(Action action, string paramName, string? message = null)
        where T : ArgumentException
    {
        var ex = Assert.Throws<T>(action);
        Assert.Equal(paramName, ex.ParamName);
        if (message is not null)
        {
            Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
        }

        return ex;
    }

    /// <summary>Asserts that <paramref name="action"/> throws an <see cref="InvalidOperationException"/> with exactly <paramref name="message"/>.</summary>
    internal static void InvalidOperation(Action action, string message)
    {
        var ex = Assert.Throws<InvalidOperationException>(action);
        Assert.Equal(message, ex.Message);
    }
}
