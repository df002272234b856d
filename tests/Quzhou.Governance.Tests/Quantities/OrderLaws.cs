using System;
using System.Collections.Generic;

namespace Quzhou.Governance.Tests.Quantities;

/// <summary>The laws of a total order consistent with equality, checked on three values at a time.</summary>
internal static class OrderLaws
{
    /// <summary>Total (CompareTo never throws), reflexive, antisymmetric, transitive, consistent with Equals
    /// (and the hash code), and agreeing with the non-generic <see cref="IComparable"/>.</summary>
    internal static bool Hold<T>(T a, T b, T c)
        where T : struct, IComparable<T>, IEquatable<T>, IComparable
    {
        int ab = Math.Sign(a.CompareTo(b)), ba = Math.Sign(b.CompareTo(a));
        int bc = Math.Sign(b.CompareTo(c)), ac = Math.Sign(a.CompareTo(c));
        var reflexive = a.CompareTo(a) == 0 && b.CompareTo(b) == 0;
        var antisymmetric = ab == -ba;
        var transitive = !(ab <= 0 && bc <= 0) || ac <= 0;
        var consistent = (ab == 0) == a.Equals(b) && (ac == 0) == a.Equals(c) && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode());
        var boxed = Math.Sign(((IComparable)a).CompareTo(b)) == ab;
        var sorts = Sorted(a, b, c);
        return reflexive && antisymmetric && transitive && consistent && boxed && sorts;
    }

    private static bool Sorted<T>(T a, T b, T c)
        where T : struct, IComparable<T>
    {
        var list = new List<T> { a, b, c, default };
        list.Sort();
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i - 1].CompareTo(list[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
