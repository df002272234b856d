using System;

namespace Quzhou.Governance.Periods.Text;

/// <summary>Appends characters to a span, remembering whether everything fitted.</summary>
internal ref struct SpanWriter
{
    private readonly Span<char> destination;

    internal SpanWriter(Span<char> destination)
    {
        this.destination = destination;
        Length = 0;
        Fitted = true;
    }

    internal int Length { get; private set; }

    internal bool Fitted { get; private set; }

    internal void Append(char c)
    {
        if (Length < destination.Length)
        {
            destination[Length++] = c;
        }
        else
        {
            Fitted = false;
        }
    }

    internal void Append(string text)
    {
        foreach (var c in text)
        {
            Append(c);
        }
    }

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
}
