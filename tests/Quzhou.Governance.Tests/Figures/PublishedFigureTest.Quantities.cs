using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Tests.Figures;

/// <content>A quantity read from a figure's text is the figure converted: both come from one token and one set of rules.</content>
public partial class PublishedFigureTest
{
    private delegate bool QuantityTryParse<T>(string text, out T value);

    [Property]
    public Property QuantityReadFromText_IsTheFigureConverted() =>
        Prop.ForAll(Figures.ToArbitrary(), figure =>
        {
            foreach (var culture in new[] { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("zh-CN") })
            {
                var text = figure.ToString(null, culture);
                var read = PublishedFigure.Parse(text);
                if (!(Agrees<Percentage>(text, Percentage.TryParse, read, f => f.ToPercentage())
                    && Agrees<PercentagePoints>(text, PercentagePoints.TryParse, read, f => f.ToPercentagePoints())
                    && Agrees<RelativeChange>(text, RelativeChange.TryParse, read, f => f.ToRelativeChange())
                    && Agrees<Count>(text, Count.TryParse, read, f => f.ToCount())
                    && Agrees<CountChange>(text, CountChange.TryParse, read, f => f.ToCountChange())
                    && Agrees<Amount>(text, Amount.TryParse, read, f => f.ToAmount())
                    && Agrees<Ratio>(text, Ratio.TryParse, read, f => f.ToRatio())
                    && Agrees<PopulationRate>(text, PopulationRate.TryParse, read, f => f.ToPopulationRate())))
                {
                    return false;
                }
            }

            return true;
        });

    private static bool Agrees<T>(string text, QuantityTryParse<T> tryParse, PublishedFigure figure, Func<PublishedFigure, T> convert)
        where T : IEquatable<T>
    {
        T converted;
        try
        {
            converted = convert(figure);
        }
        catch (InvalidOperationException)
        {
            return !tryParse(text, out _);
        }

        return tryParse(text, out var read) && read.Equals(converted);
    }
}
