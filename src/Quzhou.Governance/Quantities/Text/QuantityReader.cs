using System;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Quantities;

/// <summary>
/// Reads the quantity types from text through the figure grammar's token (<see cref="FigureTokenReader"/>), plus the invariant forms the
/// quantities print (“+1360”, “11.53 pp”, “1.2‱”, “0.46 per 100,000”) and 持平 (no change).
/// </summary>
internal static class QuantityReader
{
    internal delegate bool SpanReader<T>(ReadOnlySpan<char> text, out T value, out int position, out string expected);

    internal static ParseResult<T> Read<T>(string text, SpanReader<T> reader)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return reader(text.AsSpan(), out var value, out var position, out var expected)
            ? ParseResult<T>.ForValue(value)
            : ParseResult<T>.ForError(text, position, expected);
    }

    internal static ParseResult<T> Read<T>(ReadOnlySpan<char> text, SpanReader<T> reader) =>
        reader(text, out var value, out var position, out var expected)
            ? ParseResult<T>.ForValue(value)
            : ParseResult<T>.ForError(text.ToString(), position, expected);

    internal static bool TryParse<T>(string? text, SpanReader<T> reader, out T value)
    {
        if (text is null)
        {
            value = default!;
            return false;
        }

        return reader(text.AsSpan(), out value, out _, out _);
    }

    internal static bool Percentage(ReadOnlySpan<char> text, out Percentage value, out int position, out string expected)
    {
        value = default;
        return ReadFigure(text, allowLevel: false, out var figure, out position, out expected)
            && Convert(FigureQuantities.TryToPercentage(figure, out value, out expected), ref position);
    }

    internal static bool PercentagePoints(ReadOnlySpan<char> text, out PercentagePoints value, out int position, out string expected)
    {
        value = default;
        if (TrySplitSuffix(text, "pp", out var number))
        {
            if (!ReadFigure(number, allowLevel: false, out var bare, out position, out expected))
            {
                return false;
            }

            expected = "a number before pp";
            if (!bare.IsBare)
            {
                position = 0;
                return false;
            }

            value = new PercentagePoints(bare.Value);
            return true;
        }

        return ReadFigure(text, allowLevel: false, out var figure, out position, out expected)
            && Convert(FigureQuantities.TryToPercentagePoints(figure, out value, out expected), ref position);
    }

    internal static bool RelativeChange(ReadOnlySpan<char> text, out RelativeChange value, out int position, out string expected)
    {
        value = default;
        if (!ReadFigure(text, allowLevel: true, out var figure, out position, out expected))
        {
            return false;
        }

        if (figure.Unit == FigureTokenUnit.None && figure.Value == 0m && IsLevel(text))
        {
            value = Quantities.RelativeChange.FromPercent(0m);
            return true;
        }

        return Convert(FigureQuantities.TryToRelativeChange(figure, out value, out expected), ref position);
    }

    internal static bool Count(ReadOnlySpan<char> text, out Count value, out int position, out string expected)
    {
        value = default;
        return ReadFigure(text, allowLevel: false, out var figure, out position, out expected)
            && Convert(FigureQuantities.TryToCount(figure, out value, out expected), ref position);
    }

    internal static bool CountChange(ReadOnlySpan<char> text, out CountChange value, out int position, out string expected)
    {
        value = default;
        return ReadFigure(text, allowLevel: true, out var figure, out position, out expected)
            && Convert(FigureQuantities.TryToCountChange(figure, out value, out expected), ref position);
    }

    internal static bool Amount(ReadOnlySpan<char> text, out Amount value, out int position, out string expected)
    {
        value = default;
        return ReadFigure(text, allowLevel: false, out var figure, out position, out expected)
            && Convert(FigureQuantities.TryToAmount(figure, out value, out expected), ref position);
    }

    internal static bool Ratio(ReadOnlySpan<char> text, out Ratio value, out int position, out string expected)
    {
        value = default;
        return ReadFigure(text, allowLevel: false, out var figure, out position, out expected)
            && Convert(FigureQuantities.TryToRatio(figure, out value, out expected), ref position);
    }

    internal static bool PopulationRate(ReadOnlySpan<char> text, out PopulationRate value, out int position, out string expected)
    {
        value = default;
        PopulationBase? per = null;
        var number = text;
        if (TrySplitSuffix(text, "‱", out var beforeBasisPoint))
        {
            per = PopulationBase.PerTenThousand;
            number = beforeBasisPoint;
        }
        else
        {
            var at = text.IndexOf(" per ".AsSpan(), StringComparison.Ordinal);
            if (at >= 0)
            {
                var baseText = text.Slice(at + 5).Trim();
                if (!NumberReader.TryRead(baseText, false, out var token, out _, out _) || token.Length != baseText.Length
                    || token.Value is not (100m or 1000m or 10000m or 100000m))
                {
                    position = at + 5;
                    expected = "100, 1,000, 10,000 or 100,000 after per";
                    return false;
                }

                per = (PopulationBase)(int)token.Value;
                number = text.Slice(0, at);
            }
        }

        if (per is { } basis)
        {
            if (!ReadFigure(number, allowLevel: false, out var bare, out position, out expected))
            {
                return false;
            }

            if (!bare.IsBare || bare.Value < 0m)
            {
                position = 0;
                expected = "a non-negative number before the rate's base";
                return false;
            }

            try
            {
                value = Quantities.PopulationRate.FromPublished(bare.Value, basis);
                return true;
            }
            catch (ArgumentException)
            {
                position = 0;
                expected = "a rate of at most 13 decimals, with few enough digits to be held exactly";
                return false;
            }
        }

        return ReadFigure(text, allowLevel: false, out var figure, out position, out expected)
            && Convert(FigureQuantities.TryToPopulationRate(figure, out value, out expected), ref position);
    }

    /// <summary>Reads a figure, accepting a leading + (an explicit increase) and, where asked, 持平 (zero change).</summary>
    private static bool ReadFigure(ReadOnlySpan<char> text, bool allowLevel, out FigureToken figure, out int position, out string expected)
    {
        if (allowLevel && IsLevel(text))
        {
            figure = default;
            position = 0;
            expected = string.Empty;
            return true;
        }

        var start = 0;
        while (start < text.Length && CharFolding.IsSpace(text[start]))
        {
            start++;
        }

        if (start < text.Length && CharFolding.Fold(text[start]) == '+')
        {
            var rest = text.Slice(start + 1);
            if (!FigureTokenReader.TryRead(rest, out figure, out position, out expected))
            {
                position += start + 1;
                return false;
            }

            if (figure.Direction != FigureTokenDirection.None || figure.Value < 0m)
            {
                position = start + 1;
                expected = "an unsigned number after +";
                return false;
            }

            return true;
        }

        return FigureTokenReader.TryRead(text, out figure, out position, out expected);
    }

    private static bool IsLevel(ReadOnlySpan<char> text) => text.Trim().SequenceEqual("持平".AsSpan());

    private static bool Convert(bool converted, ref int position)
    {
        if (!converted)
        {
            position = 0;
        }

        return converted;
    }

    private static bool TrySplitSuffix(ReadOnlySpan<char> text, string suffix, out ReadOnlySpan<char> before)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.EndsWith(suffix.AsSpan(), StringComparison.Ordinal))
        {
            before = trimmed.Slice(0, trimmed.Length - suffix.Length);
            return true;
        }

        before = default;
        return false;
    }
}
