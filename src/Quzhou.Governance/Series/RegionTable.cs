using System;

namespace Quzhou.Governance.Series;

/// <summary>
/// The division table of <see cref="RegionData"/>, read on first use. Two parts, each built once by the runtime's
/// type initialisation (thread safe, no locks on the read path): the codes with their names, kinds and parents,
/// and the index from names to codes, built only when a name is looked up.
/// </summary>
internal static class RegionTable
{
    /// <summary>The position of <paramref name="code"/> in the table, or a negative number.</summary>
    internal static int IndexOf(int code) => Array.BinarySearch(Codes.Values, code);

    internal static int Count => RegionData.Count;

    internal static RegionCode CodeAt(int index) => RegionCode.FromListed(Codes.Values[index]);

    internal static string NameAt(int index) => Codes.Names[index];

    internal static string ShortNameAt(int index) => Codes.ShortNames[index];

    internal static RegionKind KindAt(int index) => (RegionKind)(Codes.Info[index] >> 6);

    internal static RegionCandidates Find(string name)
    {
        // The first key not less than name, then the run of keys equal to it.
        var keys = Index.Keys;
        int low = 0, high = keys.Length;
        while (low < high)
        {
            var middle = low + ((high - low) >> 1);
            if (string.CompareOrdinal(keys[middle], name) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var end = low;
        while (end < keys.Length && string.Equals(keys[end], name, StringComparison.Ordinal))
        {
            end++;
        }

        return new RegionCandidates(Index.Candidates, low, end - low);
    }

    private static class Codes
    {
        internal static readonly int[] Values;
        internal static readonly string[] Names;
        internal static readonly string[] ShortNames;
        internal static readonly byte[] Info;

        // An explicit static constructor: the table is read when first used, not earlier.
        static Codes()
        {
            var entries = RegionData.Entries;
            var count = RegionData.Count;
            var values = new int[count];
            var names = new string[count];
            var shortNames = new string[count];
            var info = new byte[count];
            var all = RegionData.Names;
            var offset = 0;
            for (var i = 0; i < count; i++)
            {
                var entry = entries.Slice(i * 5, 5);
                values[i] = (entry[0] << 16) | (entry[1] << 8) | entry[2];
                var name = all.Substring(offset, entry[3]);
                offset += entry[3];
                var shortLength = entry[4] & 0x3F;
                names[i] = name;
                shortNames[i] = shortLength == name.Length ? name : name.Substring(0, shortLength);
                info[i] = entry[4];
            }

            Values = values;
            Names = names;
            ShortNames = shortNames;
            Info = info;
        }
    }

    private static class Index
    {
        // Every full name and every short name that differs from it, sorted by ordinal, with its code; a name of
        // several codes repeats, its codes in code order. Sorted arrays rather than a dictionary: a third of the
        // memory and of the first-call time, and a lookup allocates nothing.
        internal static readonly string[] Keys;
        internal static readonly RegionCode[] Candidates;

        static Index()
        {
            var names = Codes.Names;
            var shortNames = Codes.ShortNames;
            var length = names.Length;
            for (var i = 0; i < names.Length; i++)
            {
                if (!ReferenceEquals(shortNames[i], names[i]))
                {
                    length++;
                }
            }

            var keys = new string[length];
            var owners = new int[length];
            var next = 0;
            for (var i = 0; i < names.Length; i++)
            {
                keys[next] = names[i];
                owners[next++] = i;
                if (!ReferenceEquals(shortNames[i], names[i]))
                {
                    keys[next] = shortNames[i];
                    owners[next++] = i;
                }
            }

            var order = new int[length];
            for (var i = 0; i < length; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (x, y) =>
            {
                var byName = string.CompareOrdinal(keys[x], keys[y]);
                return byName != 0 ? byName : owners[x].CompareTo(owners[y]);
            });

            Keys = new string[length];
            Candidates = new RegionCode[length];
            for (var i = 0; i < length; i++)
            {
                Keys[i] = keys[order[i]];
                Candidates[i] = CodeAt(owners[order[i]]);
            }
        }
    }
}
