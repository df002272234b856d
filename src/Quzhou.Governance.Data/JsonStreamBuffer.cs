using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Quzhou.Governance.Data;

/// <summary>
/// The bytes of a JSON stream that a <see cref="Utf8JsonReader"/> reads, a buffer at a time: when the reader runs out,
/// <see cref="Refill"/> keeps what it has not consumed, reads on and gives it a new reader that goes on from its state
/// (the buffer doubles when one token, or one object that must be read whole, does not fit). Every byte is checked to be
/// strict UTF-8 without NUL bytes as it is read, before the reader sees it; the first that is not stops the reading
/// with a <see cref="NotUtf8Exception"/> naming its offset. The byte-order mark is skipped.
/// </summary>
internal sealed class JsonStreamBuffer
{
    /// <summary>The size of the first buffer.</summary>
    internal const int InitialSize = 1 << 16;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream stream;
    private readonly Decoder validator = Strict.GetDecoder();
    private readonly char[] scratch = new char[4096];
    private readonly JsonReaderOptions options;
    private byte[] buffer;
    private int start;
    private int count;
    private long read;

    internal JsonStreamBuffer(Stream stream, int size, JsonReaderOptions options, bool fileOffsets, string fileName)
    {
        this.stream = stream;
        this.options = options;
        buffer = new byte[Math.Max(4, size)];
        Fill();
        start = count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        Places = new JsonPlaces(buffer, start, count, fileOffsets, fileName);
    }

    /// <summary>Where places in the bytes are, for errors.</summary>
    internal JsonPlaces Places { get; }

    /// <summary>Whether the stream has been read to its end (and every byte of it checked).</summary>
    internal bool IsFinal { get; private set; }

    /// <summary>A reader of the bytes from the start.</summary>
    internal Utf8JsonReader CreateReader() =>
        new(new ReadOnlySpan<byte>(buffer, start, count - start), IsFinal, new JsonReaderState(options));

    /// <summary>Keeps the bytes <paramref name="json"/> has not consumed, reads more and replaces it with a reader that
    /// goes on from its state over them; false, with the reader unchanged, when the stream has been read to its end.</summary>
    /// <exception cref="NotUtf8Exception">A byte read is not UTF-8 or is NUL.</exception>
    internal bool Refill(ref Utf8JsonReader json)
    {
        if (IsFinal)
        {
            return false;
        }

        var consumed = checked((int)json.BytesConsumed);
        Places.Consume(consumed);
        var kept = count - start - consumed;
        if (kept == buffer.Length)
        {
            Array.Resize(ref buffer, checked(buffer.Length * 2));
        }
        else
        {
            Buffer.BlockCopy(buffer, start + consumed, buffer, 0, kept);
        }

        start = 0;
        count = kept;
        Fill();
        Places.Rebase(buffer, count);
        json = new Utf8JsonReader(new ReadOnlySpan<byte>(buffer, 0, count), IsFinal, json.CurrentState);
        return true;
    }

    /// <summary>Reads and checks the rest of the stream without keeping it (the buffer is then of no more use).</summary>
    /// <exception cref="NotUtf8Exception">A byte of the rest is not UTF-8 or is NUL.</exception>
    internal void CheckRest()
    {
        while (!IsFinal)
        {
            start = 0;
            count = 0;
            Fill();
        }
    }

    /// <summary>Reads until the buffer is full or the stream ends, checking each byte read.</summary>
    private void Fill()
    {
        while (count < buffer.Length)
        {
            var n = stream.Read(buffer, count, buffer.Length - count);
            if (n == 0)
            {
                IsFinal = true;
                Check(count, 0);
                return;
            }

            Check(count, n);
            count += n;
        }
    }

    /// <summary>Checks the <paramref name="length"/> bytes read at <paramref name="from"/>: the decoder keeps a sequence
    /// cut by the end of a read for the next (so it decodes into a scratch buffer: counting alone would not keep it).</summary>
    private void Check(int from, int length)
    {
        var nul = Array.IndexOf(buffer, (byte)0, from, length);
        var end = nul < 0 ? length : nul - from;
        var flush = IsFinal || nul >= 0;
        var at = 0;
        try
        {
            bool completed;
            do
            {
                validator.Convert(buffer, from + at, end - at, scratch, 0, scratch.Length, flush, out var used, out _, out completed);
                at += used;
            }
            while (!completed);
        }
        catch (DecoderFallbackException e)
        {
            // The index may be negative: the bad sequence began in an earlier read.
            Stop(Math.Max(0, read + at + e.Index), nul: false);
        }

        if (nul >= 0)
        {
            Stop(read + (nul - from), nul: true);
        }

        read += length;
    }

    private static void Stop(long offset, bool nul) => throw new NotUtf8Exception(offset, nul);
}
