using Quzhou.Governance.Quantities;

namespace Quzhou.Governance.Calculations;

/// <summary>The arithmetic shared by the change results: division happens only here, when asked.</summary>
internal static class ChangeMath
{
    /// <summary>(current − base) / base × 100, rounded half away from zero; null when undefined.</summary>
    internal static decimal? Percent(long current, long @base, UndefinedReason reason, int decimals)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 20);
        if (reason != UndefinedReason.None)
        {
            return null;
        }

        var exact = ((decimal)current - @base) * 100m / @base;
        return Rounding.HalfAwayFromZero(exact, decimals);
    }

    /// <summary>(current − base) / base, unrounded (28 significant digits); null when undefined.</summary>
    internal static decimal? Relative(long current, long @base, UndefinedReason reason) =>
        reason != UndefinedReason.None ? null : ((decimal)current - @base) / @base;
}
