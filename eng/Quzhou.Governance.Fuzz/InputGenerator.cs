using System;
using System.Text;

namespace Quzhou.Governance.Fuzz;

/// <summary>
/// Generates reader inputs from one seed, so that a run is repeatable: random text, the grammar's alphabet,
/// mutations of valid figures and periods, huge numbers and very long lines, in fixed proportions.
/// </summary>
internal sealed class InputGenerator
{
    /// <summary>What the readers know, and what bulletins write: each a valid input to some reader.</summary>
    internal static readonly string[] Seeds =
    [
        "72.96%", "下降72.96%", "同比下降6.67%", "13.53%", "较“十三五”提升11.53%", "19万余次", "1360余人", "增加1360余人",
        "97%以上", "97.18%", "99.1%", "98.5%", "100%", "0.46起/10万人", "6.77‰", "提高1.2个百分点", "下降0.5个千分点",
        "增长1.3倍", "翻一番", "翻两番", "下降三成", "4282个", "1725个", "7大", "“0”", "58个月", "连续3年", "近1000人", "约5万元",
        "超过2亿元", "突破1万亿元", "1,360", "1 360", "１３６０余人", "９７．１８％", "十九万", "一千三百六十", "两万五", "二〇二五",
        "壹仟叁佰陆拾", "5起/万人", "5起/萬人", "3.5亿元", "0.0%", "持平", "9999999999999999万亿余",
        "2025", "2025-S1", "2025-Q3", "2025-M10", "2025-10", "2025-10-05", "2021-01/2025-10", "2021-01-01/P58M",
        "2025-01-01/P1Y", "2025-10-05/P10D", "2025年", "2025年上半年", "2025年第三季度", "前三季度", "1—10月", "2025年1—10月",
        "2021年1月至2025年10月", "截至2025年10月底", "“十四五”以来", "“十三五”同期", "“十四五”", "“十四五”时期", "“十四五”收官之年",
        "“十四五”开局之年", "十五", "“十五五”", "14th Five-Year Plan", "14th FYP", "第十四个五年规划", "二〇二五年", "２０２５年",
        "10月1—15日", "2021—2025年", "前10个月",
    ];

    /// <summary>The characters the grammars are made of, full-width and traditional forms among them.</summary>
    private const string Alphabet =
        "0123456789.,  -+%‰/:—–～“”\"'『』「」()（）" +
        "万亿千百十一二两三四五六七八九零〇壹贰叁肆伍陆柒捌玖拾佰仟萬億兆京" +
        "余多以上下左右约近超过突破增长下降提升提高减少降低回落持平翻番倍成个個百分点點千分" +
        "人次起件元万人次亿元年月日季度半前第至到截底以来同期时期开局收官之规划计划五" +
        "xXMQSADPYWＭＱ０１２３４５６７８９．％／，　\t\r\n\u200b\ufeff";

    private readonly Random random;

    /// <summary>A generator whose inputs are fixed by <paramref name="seed"/>.</summary>
    internal InputGenerator(int seed) => random = new Random(seed);

    /// <summary>The kind of input the last call to <see cref="Next"/> made.</summary>
    internal string LastKind { get; private set; } = "";

    /// <summary>The next input.</summary>
    internal string Next()
    {
        var roll = random.Next(1000);
        if (roll < 150)
        {
            LastKind = "random text";
            return RandomText(random.Next(0, 24));
        }

        if (roll < 450)
        {
            LastKind = "alphabet";
            return AlphabetText(random.Next(0, 16));
        }

        if (roll < 900)
        {
            LastKind = "mutation";
            return Mutate(Seeds[random.Next(Seeds.Length)]);
        }

        if (roll < 999)
        {
            LastKind = "huge number";
            return HugeNumber();
        }

        LastKind = "long line";
        return LongLine(random.Next(10_000, 200_000));
    }

    /// <summary>A line of <paramref name="length"/> characters that starts like a figure and goes on.</summary>
    internal string LongLine(int length)
    {
        var builder = new StringBuilder(length + 16);
        builder.Append(Seeds[random.Next(Seeds.Length)]);
        while (builder.Length < length)
        {
            builder.Append(random.Next(4) == 0 ? Alphabet[random.Next(Alphabet.Length)] : (char)('0' + random.Next(10)));
        }

        return builder.ToString();
    }

    private string RandomText(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            // Any UTF-16 code unit, lone surrogates included: readers take whatever a file holds.
            chars[i] = (char)random.Next(0, 0x10000);
        }

        return new string(chars);
    }

    private string AlphabetText(int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }

    private string Mutate(string seed)
    {
        var builder = new StringBuilder(seed);
        var edits = 1 + random.Next(3);
        for (var edit = 0; edit < edits; edit++)
        {
            var at = builder.Length == 0 ? 0 : random.Next(builder.Length + 1);
            switch (random.Next(6))
            {
                case 0:
                    builder.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 1 when builder.Length > 0:
                    builder.Remove(Math.Min(at, builder.Length - 1), 1);
                    break;
                case 2 when builder.Length > 0:
                    builder[Math.Min(at, builder.Length - 1)] = Alphabet[random.Next(Alphabet.Length)];
                    break;
                case 3:
                    builder.Insert(at, Seeds[random.Next(Seeds.Length)]);
                    break;
                case 4:
                    builder.Insert(at, Digits(1 + random.Next(30)));
                    break;
                default:
                    if (builder.Length > 1)
                    {
                        var from = random.Next(builder.Length);
                        var count = 1 + random.Next(builder.Length - from);
                        builder.Insert(at, builder.ToString(from, count));
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    private string HugeNumber()
    {
        var text = Digits(15 + random.Next(30));
        if (random.Next(2) == 0)
        {
            text = text.Insert(random.Next(1, text.Length), ".");
        }

        string[] tails = ["", "%", "万", "亿", "万亿", "余次", "个百分点", "倍", "起/10万人", "‰", "万元", "年", "-M10"];
        return text + tails[random.Next(tails.Length)];
    }

    private string Digits(int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)('0' + random.Next(10));
        }

        return new string(chars);
    }
}
