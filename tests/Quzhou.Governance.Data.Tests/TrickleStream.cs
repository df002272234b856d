using System;
using System.IO;

namespace Quzhou.Governance.Data.Tests;

/// <summary>A read-only stream of bytes that hands out at most a few bytes per read, as a network does, so that tokens,
/// records and UTF-8 sequences are cut at every place of a reader's buffer. It counts the bytes handed out.</summary>
internal sealed class TrickleStream : Stream
{
    private readonly byte[] bytes;
    private readonly int[] steps;
    private int position;
    private int step;

    /// <param name="bytes">The bytes.</param>
    /// <param name="steps">The bytes of each read in turn (cycled), each at least 1.</param>
    internal TrickleStream(byte[] bytes, params int[] steps)
    {
        this.bytes = bytes;
        this.steps = steps;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(Math.Min(count, steps[step++ % steps.Length]), bytes.Length - position);
        Array.Copy(bytes, position, buffer, offset, n);
        position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
