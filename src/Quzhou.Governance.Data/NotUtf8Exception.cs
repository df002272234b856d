using System;

namespace Quzhou.Governance.Data;

/// <summary>
/// Thrown inside the JSON readers when a byte of the input is not UTF-8, or is NUL (UTF-16 without its byte-order
/// mark?): loading a file then decodes it with <see cref="TextFiles"/>, reading a stream refuses it. Never leaves the
/// package.
/// </summary>
internal sealed class NotUtf8Exception : Exception
{
    internal NotUtf8Exception(long offset, bool isNul)
        : base("Byte " + offset.ToString(System.Globalization.CultureInfo.InvariantCulture) + " is " + (isNul ? "NUL." : "not UTF-8."))
    {
        Offset = offset;
        IsNul = isNul;
    }

    /// <summary>The file offset of the byte.</summary>
    internal long Offset { get; }

    /// <summary>Whether the byte is NUL rather than a byte that is not UTF-8.</summary>
    internal bool IsNul { get; }
}
