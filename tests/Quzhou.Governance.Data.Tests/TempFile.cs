using System;
using System.IO;

namespace Quzhou.Governance.Data.Tests;

/// <summary>A file in the temporary folder, deleted when disposed.</summary>
internal sealed class TempFile : IDisposable
{
    internal TempFile(byte[] bytes, string extension = ".csv")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "qzgov-" + Guid.NewGuid().ToString("N") + extension);
        File.WriteAllBytes(Path, bytes);
    }

    internal TempFile(string extension = ".csv")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "qzgov-" + Guid.NewGuid().ToString("N") + extension);
    }

    internal string Path { get; }

    public void Dispose()
    {
        if (File.Exists(Path))
        {
            File.Delete(Path);
        }
    }
}
