namespace Quzhou.Governance.Data;

/// <summary>The encodings <see cref="TextFiles"/> recognises. The default value is <see cref="Utf8"/>.</summary>
public enum TextFileEncoding
{
    /// <summary>UTF-8 without a byte-order mark (valid UTF-8 throughout).</summary>
    Utf8 = 0,

    /// <summary>UTF-8 with its byte-order mark EF BB BF.</summary>
    Utf8WithBom = 1,

    /// <summary>UTF-16 little-endian, with its byte-order mark FF FE.</summary>
    Utf16LittleEndian = 2,

    /// <summary>UTF-16 big-endian, with its byte-order mark FE FF.</summary>
    Utf16BigEndian = 3,

    /// <summary>GB18030 (which includes GBK and GB2312), as Chinese offices' spreadsheets still export.</summary>
    GB18030 = 4,
}
