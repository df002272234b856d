using System;
using System.Collections.Generic;

namespace Quzhou.Governance.Fuzz;

/// <summary>Counts what each reader did with the inputs, and keeps the first few findings of each law.</summary>
internal sealed class FindingLog
{
    private const int ExamplesPerLaw = 5;
    private readonly Dictionary<string, ReaderCounts> counts = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Reader, string Law), int> findingCounts = new();
    private readonly List<Finding> examples = [];

    /// <summary>The kept findings, in the order found.</summary>
    internal IReadOnlyList<Finding> Examples => examples;

    /// <summary>How many findings there were in all.</summary>
    internal long FindingCount { get; private set; }

    /// <summary>Each reader's counts, by name.</summary>
    internal IReadOnlyDictionary<string, ReaderCounts> Counts => counts;

    /// <summary>How many findings each (reader, law) pair had.</summary>
    internal IReadOnlyDictionary<(string Reader, string Law), int> FindingCounts => findingCounts;

    /// <summary>Records that <paramref name="reader"/> read (or refused) one input.</summary>
    internal void Count(string reader, bool read)
    {
        if (!counts.TryGetValue(reader, out var entry))
        {
            entry = new ReaderCounts();
            counts.Add(reader, entry);
        }

        if (read)
        {
            entry.Read++;
        }
        else
        {
            entry.Refused++;
        }
    }

    /// <summary>Records a broken law.</summary>
    internal void Report(string reader, string law, string input, string detail)
    {
        FindingCount++;
        findingCounts.TryGetValue((reader, law), out var seen);
        findingCounts[(reader, law)] = seen + 1;
        if (seen < ExamplesPerLaw)
        {
            examples.Add(new Finding(reader, law, input, detail));
        }
    }
}
