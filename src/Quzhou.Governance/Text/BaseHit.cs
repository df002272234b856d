using Quzhou.Governance.Claims;

namespace Quzhou.Governance.Text;

/// <summary>A base found in normalised text (同比, 较“十三五”同期, 比2012年, 近五年) and where it is.</summary>
internal readonly struct BaseHit
{
    internal BaseHit(int start, int end, ClaimBase @base)
    {
        Start = start;
        End = end;
        Base = @base;
    }

    internal int Start { get; }

    internal int End { get; }

    internal ClaimBase Base { get; }
}
