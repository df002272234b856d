using System;
using System.Collections.Generic;

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

    internal static RegionCode[] Find(string name) => Index.ByName.TryGetValue(name, out var codes) ? codes : Array.Empty<RegionCode>();

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
        internal static readonly Dictionary<string, RegionCode[]> ByName;

        static Index()
        {
            var lists = new Dictionary<string, List<RegionCode>>(StringComparer.Ordinal);
            for (var i = 0; i < RegionData.Count; i++)
            {
                var code = CodeAt(i);
                Add(lists, Codes.Names[i], code);
                if (!ReferenceEquals(Codes.ShortNames[i], Codes.Names[i]))
                {
                    Add(lists, Codes.ShortNames[i], code);
                }
            }

            var byName = new Dictionary<string, RegionCode[]>(lists.Count, StringComparer.Ordinal);
            foreach (var pair in lists)
            {
                byName.Add(pair.Key, pair.Value.ToArray());
            }

            ByName = byName;
        }

        // Codes arrive in code order, so each list stays sorted; a code whose short name is another's full name is listed once.
        private static void Add(Dictionary<string, List<RegionCode>> lists, string name, RegionCode code)
        {
            if (!lists.TryGetValue(name, out var list))
            {
                list = new List<RegionCode>(1);
                lists.Add(name, list);
            }

            if (list.Count == 0 || list[list.Count - 1] != code)
            {
                list.Add(code);
            }
        }
    }
}
