using System;

namespace Quzhou.Governance.Data;

/// <summary>A data file could not be read; <see cref="Error"/> says where and why. Nothing of the file was skipped,
/// clamped or filled: a file either loads whole or not at all.</summary>
public sealed class DataFileException : Exception
{
    /// <summary>An exception for <paramref name="error"/>.</summary>
    /// <param name="error">Where and why reading failed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public DataFileException(DataFileError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).Message)
    {
        Error = error;
    }

    /// <summary>Where and why reading failed.</summary>
    public DataFileError Error { get; }
}
