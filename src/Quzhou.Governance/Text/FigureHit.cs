using Quzhou.Governance.Figures;

namespace Quzhou.Governance.Text;

/// <summary>A figure found in normalised text: where it starts (its direction word or qualifier included), where its
/// number starts, where it ends, and the figure read by the figure grammar.</summary>
internal readonly struct FigureHit
{
    internal FigureHit(int start, int numberStart, int end, PublishedFigure figure)
    {
        Start = start;
        NumberStart = numberStart;
        End = end;
        Figure = figure;
    }

    internal int Start { get; }

    internal int NumberStart { get; }

    internal int End { get; }

    internal PublishedFigure Figure { get; }

    internal FigureHit WithFigure(PublishedFigure figure) => new(Start, NumberStart, End, figure);
}
