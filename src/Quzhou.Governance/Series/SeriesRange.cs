namespace Quzhou.Governance.Series;

/// <summary>Checks a period range against a series' axis.</summary>
internal static class SeriesRange
{
    internal static (int First, int Count) Check(SeriesPeriod start, int length, SeriesPeriod from, SeriesPeriod to)
    {
        if (from.Frequency != start.Frequency || to.Frequency != start.Frequency)
        {
            Preconditions.ThrowArgument(nameof(from), "The range " + from.ToString() + ".." + to.ToString() + " is not of the series' frequency " + start.Frequency.ToString() + ".");
        }

        var first = from.Ordinal - start.Ordinal;
        var last = to.Ordinal - start.Ordinal;
        if (last < first)
        {
            Preconditions.ThrowArgument(nameof(to), "The range " + from.ToString() + ".." + to.ToString() + " ends before it starts.");
        }

        if (first < 0 || last >= length)
        {
            Preconditions.ThrowArgument(
                nameof(from),
                "The range " + from.ToString() + ".." + to.ToString() + " is not inside the series " + start.ToString() + ".." + start.PlusPeriods(length - 1).ToString() + ".");
        }

        return (first, last - first + 1);
    }
}
