using System;
using System.Linq;
using System.Text;
using Xunit;

namespace Quzhou.Governance.Data.Tests;

/// <summary>The one decoder: byte-order mark, then strict UTF-8, then GB18030, else an error with the first bad byte's offset.</summary>
public class TextFilesTest
{
    private const string Text = "指标,数值\r\n电信网络诈骗发案数,43\r\n“两抢”案件,2\r\n";

    private static Encoding Utf16(bool bigEndian) => bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;

    /// <summary>The byte-order mark (FE FF or FF FE) and <paramref name="text"/> in UTF-16.</summary>
    private static byte[] Utf16WithBom(bool bigEndian, string text) =>
        (bigEndian ? new byte[] { 0xFE, 0xFF } : new byte[] { 0xFF, 0xFE }).Concat(Utf16(bigEndian).GetBytes(text)).ToArray();

    private static Encoding GB18030 => CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    [Theory]
    [InlineData(TextFileEncoding.Utf8)]
    [InlineData(TextFileEncoding.Utf8WithBom)]
    [InlineData(TextFileEncoding.Utf16LittleEndian)]
    [InlineData(TextFileEncoding.Utf16BigEndian)]
    [InlineData(TextFileEncoding.GB18030)]
    public void ReadAllText_EachEncoding_DecodesAndDetects(TextFileEncoding encoding)
    {
        var bytes = encoding switch
        {
            TextFileEncoding.Utf8 => Encoding.UTF8.GetBytes(Text),
            TextFileEncoding.Utf8WithBom => new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Text)).ToArray(),
            TextFileEncoding.Utf16LittleEndian => new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(Text)).ToArray(),
            TextFileEncoding.Utf16BigEndian => new byte[] { 0xFE, 0xFF }.Concat(Encoding.BigEndianUnicode.GetBytes(Text)).ToArray(),
            _ => GB18030.GetBytes(Text),
        };
        using var file = new TempFile(bytes, ".txt");
        Assert.Equal(encoding, TextFiles.Detect(file.Path));
        Assert.Equal(Text, TextFiles.ReadAllText(file.Path));
    }

    [Fact]
    public void Detect_GB18030Bytes_AreNotValidUtf8()
    {
        var bytes = GB18030.GetBytes("衢州");
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));
        using var file = new TempFile(bytes, ".txt");
        Assert.Equal(TextFileEncoding.GB18030, TextFiles.Detect(file.Path));
    }

    [Fact]
    public void Detect_NeitherUtf8NorGB18030_NamesTheFileAndFirstBadByte()
    {
        // "ab" then 0xFF, which starts nothing in UTF-8 and is no lead byte in GB18030.
        var bytes = new byte[] { (byte)'a', (byte)'b', 0xFF, (byte)'c' };
        using var file = new TempFile(bytes, ".txt");
        var e = Assert.Throws<DataFileException>(() => TextFiles.Detect(file.Path));
        Assert.Equal(file.Path, e.Error.FileName);
        Assert.Equal(2, e.Error.ByteOffset);
        Assert.Contains(file.Path, e.Message, StringComparison.Ordinal);
        Assert.Contains("byte offset 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_FileCutInsideACharacter_SaysItEndsThere()
    {
        // "ab" then the first byte of 衢 (E8 A1 A2 in UTF-8): a lone lead byte at the end, neither UTF-8 nor GB18030.
        using var file = new TempFile(new byte[] { (byte)'a', (byte)'b', 0xE8 }, ".txt");
        var e = Assert.Throws<DataFileException>(() => TextFiles.Detect(file.Path));
        Assert.Equal(2, e.Error.ByteOffset);
        Assert.Contains("as UTF-8 the file ends inside a character at byte offset 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_BadByteFarIntoALargeFile_GivesItsOffset()
    {
        var bytes = Enumerable.Repeat((byte)'x', 200_000).ToArray();
        bytes[150_001] = 0xFF;
        using var file = new TempFile(bytes, ".txt");
        Assert.Equal(150_001, Assert.Throws<DataFileException>(() => TextFiles.Detect(file.Path)).Error.ByteOffset);
    }

    [Fact]
    public void Detect_Utf8BomWithBadBytes_IsRefused()
    {
        using var file = new TempFile(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', 0xC3 }, ".txt");
        var e = Assert.Throws<DataFileException>(() => TextFiles.Detect(file.Path));
        Assert.Equal(4, e.Error.ByteOffset);
        Assert.Contains("valid UTF-8 after its byte-order mark", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Detect_Utf16WithLoneSurrogate_NamesTheFileAndItsOffset(bool bigEndian)
    {
        // BOM, "ab", then a high surrogate followed by "c": the surrogate's first byte is at offset 2 + 4 = 6.
        var unit = bigEndian ? new byte[] { 0xD8, 0x00 } : new byte[] { 0x00, 0xD8 };
        var bytes = Utf16WithBom(bigEndian, "ab").Concat(unit).Concat(Utf16(bigEndian).GetBytes("c")).ToArray();
        using var file = new TempFile(bytes, ".txt");
        var e = Assert.Throws<DataFileException>(() => TextFiles.Detect(file.Path));
        Assert.Equal(file.Path, e.Error.FileName);
        Assert.Equal(6, e.Error.ByteOffset);
        Assert.Contains(bigEndian ? "UTF-16 big-endian" : "UTF-16 little-endian", e.Message, StringComparison.Ordinal);
        Assert.Throws<DataFileException>(() => TextFiles.OpenText(file.Path).Dispose());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Detect_Utf16WithOddByteCount_IsRefusedAtTheLastByte(bool bigEndian)
    {
        var bytes = Utf16WithBom(bigEndian, "衢州").Concat(new byte[] { 0x41 }).ToArray();
        using var file = new TempFile(bytes, ".txt");
        var e = Assert.Throws<DataFileException>(() => TextFiles.Detect(file.Path));
        Assert.Equal(6, e.Error.ByteOffset);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadAllText_Utf16AcrossTheBuffer_KeepsSurrogatePairs(bool bigEndian)
    {
        // 𠀀 is a surrogate pair (4 bytes); after the 2-byte mark and one 2-byte unit, some pairs straddle the 64 KiB buffer.
        var text = "a" + string.Concat(Enumerable.Repeat("衢州𠀀", 20_000));
        using var file = new TempFile(Utf16WithBom(bigEndian, text), ".txt");
        Assert.Equal(bigEndian ? TextFileEncoding.Utf16BigEndian : TextFileEncoding.Utf16LittleEndian, TextFiles.Detect(file.Path));
        Assert.Equal(text, TextFiles.ReadAllText(file.Path));
    }

    [Fact]
    public void Detect_Utf16WithoutBom_IsRefusedAtTheNul()
    {
        using var file = new TempFile(Encoding.Unicode.GetBytes("ab"), ".txt");
        Assert.Equal(1, Assert.Throws<DataFileException>(() => TextFiles.Detect(file.Path)).Error.ByteOffset);
    }

    [Fact]
    public void Detect_EmptyFile_IsUtf8()
    {
        using var file = new TempFile(Array.Empty<byte>(), ".txt");
        Assert.Equal(TextFileEncoding.Utf8, TextFiles.Detect(file.Path));
        Assert.Equal(string.Empty, TextFiles.ReadAllText(file.Path));
    }

    [Fact]
    public void Detect_MultiByteCharactersAcrossTheBuffer_AreValid()
    {
        // 3-byte characters after one ASCII byte never align with the 64 KiB buffer, so some are cut in two.
        var text = "a" + string.Concat(Enumerable.Repeat("衢州市", 30_000));
        using var utf8 = new TempFile(Encoding.UTF8.GetBytes(text), ".txt");
        Assert.Equal(TextFileEncoding.Utf8, TextFiles.Detect(utf8.Path));
        using var gb = new TempFile(GB18030.GetBytes("a" + string.Concat(Enumerable.Repeat("衢州市𠀀", 20_000))), ".txt");
        Assert.Equal(TextFileEncoding.GB18030, TextFiles.Detect(gb.Path));
    }
}
