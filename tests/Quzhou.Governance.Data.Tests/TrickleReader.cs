using System;
using System.IO;

namespace Quzhou.Governance.Data.Tests;

/// <summary>A reader of a text that hands out at most a few characters per read, as a slow stream does, so that lines
/// end, and cells and line breaks are cut, at every place of the reader's buffer.</summary>
internal sealed class TrickleReader : TextReader
{
    private readonly string text;
    private readonly int[] steps;
    private int position;
    private int step;

    /// <param name="text">The text.</param>
    /// <param name="steps">The characters of each read in turn (cycled), each at least 1.</param>
    internal TrickleReader(string text, params int[] steps)
    {
        this.text = text;
        this.steps = steps;
    }

    public override int Peek() => position < text.Length ? text[position] : -1;

    public override int Read() => position < text.Length ? text[position++] : -1;

    public override int Read(char[] buffer, int index, int count)
    {
        var n = Math.Min(Math.Min(count, steps[step++ % steps.Length]), text.Length - position);
        text.CopyTo(position, buffer, index, n);
        position += n;
        return n;
    }
}
