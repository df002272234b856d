using System;
using System.Globalization;

namespace Quzhou.Governance.Parsing;

/// <summary>The one rule for whether a format provider asks for Chinese text, shared by every type's
/// <c>ToString</c>/<c>TryFormat</c>.</summary>
internal static class TextCulture
{
    /// <summary>Whether <paramref name="provider"/> is a culture of the Chinese language (zh, zh-CN, zh-Hans,
    /// zh-TW, zh-HK…): its two-letter ISO language name is “zh”. Anything else, null included, is not.</summary>
    internal static bool IsChinese(IFormatProvider? provider) =>
        provider is CultureInfo culture && culture.TwoLetterISOLanguageName == "zh";
}
