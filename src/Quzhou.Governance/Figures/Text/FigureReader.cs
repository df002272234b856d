using System;
using Quzhou.Governance.Parsing;

namespace Quzhou.Governance.Figures.Text;

/// <summary>
/// Reads a published figure from a span through the figure grammar's token (<see cref="FigureTokenReader"/>),
/// which it converts to the figure's own parts. Never throws on bad text and allocates only a unit text that is
/// not one of the common ones.
/// </summary>
internal static class FigureReader
{
    internal static bool TryRead(ReadOnlySpan<char> text, out PublishedFigure figure, out int errorPosition, out string expected)
    {
        if (!FigureTokenReader.TryRead(text, out var token, out errorPosition, out expected))
        {
            figure = default;
            return false;
        }

        figure = FromToken(token, text);
        return true;
    }

    /// <summary>The figure a token read from <paramref name="source"/> stands for.</summary>
    internal static PublishedFigure FromToken(in FigureToken token, ReadOnlySpan<char> source) =>
        FromToken(token, token.Unit == FigureTokenUnit.None ? null : token.UnitTextIn(source));

    /// <summary>The figure a token stands for, with its unit written <paramref name="unitText"/> (the token's unit
    /// text as <see cref="FigureToken.UnitTextIn"/> gives it, or a string equal to that the caller already holds).</summary>
    internal static PublishedFigure FromToken(in FigureToken token, string? unitText)
    {
        var unit = token.Unit == FigureTokenUnit.None ? FigureUnit.None : new FigureUnit((FigureUnitKind)token.Unit, unitText!);
        return PublishedFigure.CreateTrusted(
            token.Value,
            unit,
            (FigureQualifier)token.Qualifier,
            (Magnitude)token.MagnitudeExponent,
            (FigureDirection)token.Direction,
            token.IsChinese ? NumeralStyle.Chinese : NumeralStyle.Arabic);
    }
}
