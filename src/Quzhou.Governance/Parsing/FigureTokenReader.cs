using System;

namespace Quzhou.Governance.Parsing;

/// <summary>
/// Reads a figure token from a span: [direction word | 翻] [约 近 超过 突破] [−] number [万 亿 万亿] [余 多]
/// [unit [/ population]] [以上 以下 左右], with optional spaces between the parts. Never throws on bad text and
/// allocates nothing (an uncommon unit's text is left in the source).
/// </summary>
internal static class FigureTokenReader
{
    internal const string ExpectedFigure = "a figure such as 72.96%, 19万余次 or 下降31.3%";

    internal static bool TryRead(ReadOnlySpan<char> text, out FigureToken token, out int errorPosition, out string expected)
    {
        token = default;
        errorPosition = 0;
        expected = string.Empty;
        var i = SkipSpaces(text, 0);
        if (i == text.Length)
        {
            expected = ExpectedFigure;
            errorPosition = i;
            return false;
        }

        var direction = FigureGrammar.DirectionAt(text.Slice(i));
        var doubling = false;
        if (direction != FigureTokenDirection.None)
        {
            i = SkipSpaces(text, i + 2);
        }
        else if (text[i] == '翻')
        {
            doubling = true;
            i++;
        }

        var qualifier = FigureGrammar.PrefixQualifierAt(text.Slice(i), out var prefixLength);
        i = SkipSpaces(text, i + prefixLength);

        var negative = false;
        if (direction == FigureTokenDirection.None && !doubling && i < text.Length && CharFolding.Fold(text[i]) == '-')
        {
            negative = true;
            i++;
        }

        var numberStart = i;
        if (!NumberReader.TryRead(text.Slice(i), splitChineseMagnitude: true, out var number, out var numberError, out expected))
        {
            errorPosition = i + numberError;
            return false;
        }

        if (negative && number.IsChinese)
        {
            errorPosition = numberStart;
            expected = "a number in Arabic digits after the minus sign";
            return false;
        }

        i += number.Length;
        if (number.IsChinese && i < text.Length && ChineseNumerals.DigitValue(text[i]) == 0)
        {
            errorPosition = i;
            expected = ChineseNumerals.ExpectedDigitAfterZero;
            return false;
        }

        var exponent = number.MagnitudeExponent;
        // A magnitude word may follow a Chinese numeral only below 10⁴ (十九万 reads whole; 两万五万 does not).
        if (exponent == 0 && i < text.Length && (!number.IsChinese || number.Value < 10000m))
        {
            var word = CharFolding.Fold(text[i]);
            if (word == '万')
            {
                exponent = i + 1 < text.Length && CharFolding.Fold(text[i + 1]) == '亿' ? 12 : 4;
                i += exponent == 12 ? 2 : 1;
            }
            else if (word == '亿')
            {
                exponent = 8;
                i++;
            }
        }

        if (number.Value > FigureGrammar.MaxForExponent(exponent))
        {
            errorPosition = numberStart;
            expected = "a number small enough to carry its magnitude";
            return false;
        }

        if (qualifier == FigureTokenQualifier.Exact && i < text.Length && CharFolding.Fold(text[i]) is '余' or '多')
        {
            qualifier = CharFolding.Fold(text[i]) == '余' ? FigureTokenQualifier.Odd : FigureTokenQualifier.More;
            i++;
        }

        i = SkipSpaces(text, i);
        Unit unit;
        if (doubling)
        {
            if (i >= text.Length || text[i] != '番')
            {
                errorPosition = i;
                expected = "番 (翻…番 counts doublings)";
                return false;
            }

            unit = new Unit(FigureTokenUnit.Doublings, "番", i, 1, 0);
            i++;
        }
        else if (!TryReadUnit(text, ref i, out unit, out errorPosition, out expected))
        {
            return false;
        }

        i = SkipSpaces(text, i);
        var suffix = FigureGrammar.SuffixQualifierAt(text, i);
        if (suffix != FigureTokenQualifier.Exact)
        {
            if (qualifier != FigureTokenQualifier.Exact)
            {
                errorPosition = i;
                expected = "the end of the figure (a figure has one qualifier)";
                return false;
            }

            qualifier = suffix;
            i = SkipSpaces(text, i + 2);
        }

        if (i != text.Length)
        {
            errorPosition = i;
            expected = "the end of the figure";
            return false;
        }

        var value = negative ? -number.Value : number.Value;
        if (value == 0m && negative)
        {
            value = number.Value;
        }

        token = new FigureToken(value, exponent, qualifier, direction, number.IsChinese, unit.Kind, unit.Text, unit.Start, unit.Length, unit.PopulationBase);
        return true;
    }

    private static bool TryReadUnit(ReadOnlySpan<char> text, ref int i, out Unit unit, out int errorPosition, out string expected)
    {
        unit = default;
        errorPosition = 0;
        expected = string.Empty;
        if (i >= text.Length)
        {
            return true;
        }

        var rest = text.Slice(i);
        switch (CharFolding.Fold(text[i]))
        {
            case '%':
                unit = new Unit(FigureTokenUnit.Percent, "%", i, 1, 0);
                i++;
                return true;
            case '‰':
                unit = new Unit(FigureTokenUnit.Permille, "‰", i, 1, 0);
                i++;
                return true;
            case '倍':
                unit = new Unit(FigureTokenUnit.Times, "倍", i, 1, 0);
                i++;
                return true;
            case '成':
                unit = new Unit(FigureTokenUnit.Tenths, "成", i, 1, 0);
                i++;
                return true;
            case '番':
                errorPosition = i;
                expected = "a unit; a number of 番 is written 翻…番";
                return false;
        }

        if (TryWord(rest, FigureGrammar.PercentagePointsLong, FigureTokenUnit.PercentagePoints, ref i, out unit)
            || TryWord(rest, FigureGrammar.PermillePointsLong, FigureTokenUnit.PermillePoints, ref i, out unit)
            || TryWord(rest, FigureGrammar.PercentagePointsShort, FigureTokenUnit.PercentagePoints, ref i, out unit)
            || TryWord(rest, FigureGrammar.PermillePoints, FigureTokenUnit.PermillePoints, ref i, out unit))
        {
            return true;
        }

        if (CharFolding.Fold(text[i]) == '/')
        {
            // “1.2/万人”: a rate per population with no counting word before the slash.
            return TryReadPerPopulation(text, i, i, ref i, out unit, out errorPosition, out expected);
        }

        var start = i;
        var end = WordEnd(text, i);
        if (end == start)
        {
            return true; // no unit: a suffix qualifier, the end, or something the caller reports
        }

        var word = text.Slice(start, end - start);
        if (!FigureGrammar.IsCounterWord(word))
        {
            errorPosition = start;
            expected = UnknownWord(word);
            return false;
        }

        if (end < text.Length && CharFolding.Fold(text[end]) == '/')
        {
            return TryReadPerPopulation(text, start, end, ref i, out unit, out errorPosition, out expected);
        }

        unit = new Unit(FigureTokenUnit.Counter, FigureGrammar.InternCounter(word), start, end - start, 0);
        i = end;
        return true;
    }

    private static bool TryWord(ReadOnlySpan<char> rest, string word, FigureTokenUnit kind, ref int i, out Unit unit)
    {
        if (FigureGrammar.StartsWith(rest, word))
        {
            unit = new Unit(kind, word, i, word.Length, 0);
            i += word.Length;
            return true;
        }

        unit = default;
        return false;
    }

    private static bool TryReadPerPopulation(ReadOnlySpan<char> text, int start, int slash, ref int i, out Unit unit, out int errorPosition, out string expected)
    {
        unit = default;
        expected = string.Empty;
        var j = slash + 1;
        if (!FigureGrammar.TryReadPopulationBase(text.Slice(j), out var populationBase, out var baseLength))
        {
            errorPosition = slash + 1;
            expected = "a population of 1 to 10⁹, such as 10万人";
            return false;
        }

        j += baseLength;
        var wordStart = j;
        var end = WordEnd(text, j);
        if (end == wordStart || !FigureGrammar.IsCounterWord(text.Slice(wordStart, end - wordStart)))
        {
            errorPosition = wordStart;
            // 百千人: the numeral stopped at 千, which is no counting word either.
            expected = wordStart < text.Length && ChineseNumerals.UnitValue(text[wordStart]) > 0
                ? "the population's counting word after a population the library reads (10万人, 十万人, 1000人; 百千 is no numeral)"
                : "the population's counting word, such as 人";
            return false;
        }

        errorPosition = 0;
        var whole = text.Slice(start, end - start);
        unit = new Unit(FigureTokenUnit.PerPopulation, FigureGrammar.InternPerPopulation(whole), start, end - start, populationBase);
        i = end;
        return true;
    }

    /// <summary>The end of the run of letters starting at <paramref name="start"/>, of letters outside ASCII, stopping before 以上, 以下 or 左右.</summary>
    private static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && FigureGrammar.IsWordLetter(text[end]) && FigureGrammar.SuffixQualifierAt(text, end) == FigureTokenQualifier.Exact)
        {
            end++;
        }

        return end;
    }

    /// <summary>What was expected where <paramref name="word"/> stands, which is no counting word.</summary>
    private static string UnknownWord(ReadOnlySpan<char> word)
    {
        if (FigureGrammar.ContainsPoints(word))
        {
            return "a unit the library knows (个百分点, 百分点, 个千分点 or 千分点)";
        }

        if (ChineseNumerals.IsUnreadLargeUnit(word[0]))
        {
            return "a unit or counting word; " + word[0] + " is a magnitude the library does not read (it reads 万, 亿 or 万亿)";
        }

        return "a unit or counting word (人, 次, 个…)";
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && CharFolding.IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The unit as read: its kind, its shared text (null for an uncommon word), where it is.</summary>
    private readonly struct Unit
    {
        internal Unit(FigureTokenUnit kind, string? text, int start, int length, long populationBase)
        {
            Kind = kind;
            Text = text;
            Start = start;
            Length = length;
            PopulationBase = populationBase;
        }

        internal FigureTokenUnit Kind { get; }

        internal string? Text { get; }

        internal int Start { get; }

        internal int Length { get; }

        internal long PopulationBase { get; }
    }
}
