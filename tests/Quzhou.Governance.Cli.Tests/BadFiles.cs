using System;
using System.IO;
using System.Linq;
using System.Text;

namespace Quzhou.Governance.Cli.Tests;

/// <summary>Files that qzgov explain must refuse, written once into a temporary folder.</summary>
internal static class BadFiles
{
    private static readonly Lazy<string> Folder = new(Create);

    /// <summary>A folder.</summary>
    public static string Directory => Path.Combine(Folder.Value, "a-folder");

    /// <summary>“period 二〇二五年” in GBK: byte 7 is the first that is not UTF-8.</summary>
    public static string Gbk => Path.Combine(Folder.Value, "gbk.txt");

    /// <summary>“period 2025-Q3” in UTF-16 LE without a byte-order mark: byte 1 is a NUL.</summary>
    public static string Utf16WithoutBom => Path.Combine(Folder.Value, "utf16.txt");

    /// <summary>“period 2025年” cut after the first byte of its last character (a lone lead byte, neither UTF-8 nor GB18030).</summary>
    public static string TruncatedUtf8 => Path.Combine(Folder.Value, "truncated.txt");

    /// <summary>“period 2025-Q3” then 0xFF, which is neither UTF-8 nor GB18030, at byte offset 14.</summary>
    public static string NoEncoding => Path.Combine(Folder.Value, "no-encoding.txt");

    /// <summary>One 5 MB line.</summary>
    public static string LongLine => Path.Combine(Folder.Value, "long.txt");

    /// <summary>The folder itself, for files of a single test.</summary>
    public static string Root => Folder.Value;

    private static string Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "qzgov-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path.Combine(folder, "a-folder"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.Directory.Delete(folder, recursive: true);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(Path.Combine(folder, "gbk.txt"), Encoding.GetEncoding(936).GetBytes("period 二〇二五年\n"));
        File.WriteAllBytes(Path.Combine(folder, "utf16.txt"), new UnicodeEncoding(false, false).GetBytes("period 2025-Q3\n"));
        var truncated = Encoding.UTF8.GetBytes("period 2025年");
        File.WriteAllBytes(Path.Combine(folder, "truncated.txt"), truncated.AsSpan(0, truncated.Length - 2).ToArray());
        File.WriteAllBytes(Path.Combine(folder, "no-encoding.txt"), Encoding.ASCII.GetBytes("period 2025-Q3").Concat(new byte[] { 0xFF, 0x0A }).ToArray());
        File.WriteAllText(Path.Combine(folder, "long.txt"), "figure " + new string('9', 5 * 1024 * 1024) + "%\n", new UTF8Encoding(false));
        return folder;
    }
}
