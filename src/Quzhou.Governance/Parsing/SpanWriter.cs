using System;
using System.Globalization;

namespace Quzhou.Governance.Parsing;

/// <summary>
/// The one writer of text into a caller's span, for every type's <c>TryFormat</c> (periods, quantities,
/// figures): without allocating on net10.0 (the netstandard2.0 build formats numbers through strings). Once
/// something does not fit, the writer stays failed and reports nothing written.
/// </summary>
internal ref struct SpanWriter
{
    private readonly Span<char> destination;
    private int position;
    private bool failed;

    internal SpanWriter(Span<char> destination)
    {
        this.destination = destination;
        position = 0;
        failed = false;
    }

    /// <summary>Appends literal text.</summary>
    internal void Append(string text)
    {
        if (failed)
        {
            return;
        }

        if (text.AsSpan().TryCopyTo(destination.Slice(position)))
        {
            position += text.Length;
        }
        else
        {
            failed = true;
        }
    }

    /// <summary>Appends one character.</summary>
    internal void Append(char c)
    {
        if (failed)
        {
            return;
        }

        if (position < destination.Length)
        {
            destination[position++] = c;
        }
        else
        {
            failed = true;
        }
    }

    /// <summary>Appends a decimal, invariant, in its own scale (97.10 stays 97.10).</summary>
    internal void Append(decimal value)
    {
#if NET7_0_OR_GREATER
        if (failed)
        {
            return;
        }

        if (value.TryFormat(destination.Slice(position), out var written, default, CultureInfo.InvariantCulture))
        {
            position += written;
        }
        else
        {
            failed = true;
        }
#else
        Append(value.ToString(CultureInfo.InvariantCulture));
#endif
    }

    /// <summary>Appends a whole number, invariant, optionally with group separators.</summary>
    internal void Append(long value, bool grouped = false)
    {
#if NET7_0_OR_GREATER
        if (failed)
        {
            return;
        }

        if (value.TryFormat(destination.Slice(position), out var written, grouped ? "N0" : default, CultureInfo.InvariantCulture))
        {
            position += written;
        }
        else
        {
            failed = true;
        }
#else
        Append(value.ToString(grouped ? "N0" : "D", CultureInfo.InvariantCulture));
#endif
    }

    /// <summary>How many characters have been written.</summary>
    internal readonly int Length => position;

    /// <summary>Whether everything appended so far fitted.</summary>
    internal readonly bool Fitted => !failed;

    /// <summary>Appends a non-negative number in ASCII digits, zero-padded to <paramref name="width"/>.</summary>
    internal void AppendNumber(int value, int width)
    {
        Span<char> digits = stackalloc char[10];
        var count = 0;
        do
        {
            digits[count++] = (char)('0' + (value % 10));
            value /= 10;
        }
        while (value > 0);

        for (var i = count; i < width; i++)
        {
            Append('0');
        }

        while (count > 0)
        {
            Append(digits[--count]);
        }
    }

    /// <summary>Whether everything fitted, and how many characters were written (0 when not).</summary>
    internal readonly bool TryComplete(out int charsWritten)
    {
        charsWritten = failed ? 0 : position;
        return !failed;
    }

    /// <summary>The text written.</summary>
    public override readonly string ToString()
    {
        if (failed)
        {
            throw new InvalidOperationException("The text did not fit the writer's buffer.");
        }

        return destination.Slice(0, position).ToString();
    }
}
