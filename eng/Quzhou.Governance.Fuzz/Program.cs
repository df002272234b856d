using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace Quzhou.Governance.Fuzz;

/// <summary>
/// The fuzz harness: <c>--seed N</c> (default 1), <c>--count N</c> inputs (default 1,000,000), each fed to every
/// reader of the library. Prints what each reader read and refused, then every law that broke with the input
/// that broke it; exits 1 when anything broke, 2 on a bad argument. Run it with <c>eng/fuzz.sh</c>.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var seed = 1;
        var count = 1_000_000;
        for (var i = 0; i < args.Length; i++)
        {
            var ok = args[i] switch
            {
                "--seed" when i + 1 < args.Length => int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out seed),
                "--count" when i + 1 < args.Length => int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out count) && count > 0,
                _ => false,
            };
            if (!ok)
            {
                Console.Error.WriteLine($"fuzz: cannot use \"{args[i]}\"; usage: fuzz [--seed N] [--count N] (N a whole number ≥ 0, count ≥ 1)");
                return 2;
            }
        }

        var log = new FindingLog();
        var generator = new InputGenerator(seed);
        var readers = Readers.All;
        var clock = Stopwatch.StartNew();
        long characters = 0;

        // One line of 5,000,000 characters first: a refusal must quote a window of it, not the whole line.
        var first = generator.LongLine(5_000_000);
        foreach (var reader in readers)
        {
            reader.Run(first, log);
        }

        for (var i = 0; i < count; i++)
        {
            var input = generator.Next();
            characters += input.Length;
            foreach (var reader in readers)
            {
                reader.Run(input, log);
            }

            if ((i + 1) % 100_000 == 0)
            {
                Console.Error.WriteLine($"fuzz: {i + 1:N0} inputs, {log.FindingCount:N0} findings, {clock.Elapsed.TotalSeconds:F0} s");
            }
        }

        Console.WriteLine($"seed {seed}, {count:N0} inputs ({characters:N0} characters) plus one line of 5,000,000, {readers.Count} readers, {clock.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine();
        Console.WriteLine("| reader | read | refused | findings |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var reader in readers)
        {
            var counts = log.Counts.TryGetValue(reader.Name, out var c) ? c : new ReaderCounts();
            var findings = log.FindingCounts.Where(f => f.Key.Reader == reader.Name).Sum(f => f.Value);
            Console.WriteLine($"| {reader.Name} | {counts.Read:N0} | {counts.Refused:N0} | {findings:N0} |");
        }

        if (log.FindingCount == 0)
        {
            Console.WriteLine();
            Console.WriteLine("no finding");
            return 0;
        }

        Console.WriteLine();
        Console.WriteLine($"{log.FindingCount:N0} findings:");
        foreach (var group in log.FindingCounts.OrderBy(f => f.Key.Reader, StringComparer.Ordinal).ThenBy(f => f.Key.Law, StringComparer.Ordinal))
        {
            Console.WriteLine($"- {group.Key.Reader}: {group.Key.Law} — {group.Value:N0}");
            foreach (var example in log.Examples.Where(e => e.Reader == group.Key.Reader && e.Law == group.Key.Law))
            {
                Console.WriteLine($"    {Escape(ReaderCheck.Shorten(example.Input))} → {example.Detail}");
            }
        }

        return 1;
    }

    /// <summary>The input as a C# string literal would hold it, so a finding can be pasted into a fact.</summary>
    private static string Escape(string text)
    {
        var builder = new System.Text.StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < ' ' || char.IsSurrogate(c) || c is '\u200b' or '\ufeff' or '\u3000' || (c >= '\u007f' && c < '\u00a0') || char.GetUnicodeCategory(c) is UnicodeCategory.OtherNotAssigned or UnicodeCategory.Format or UnicodeCategory.PrivateUse)
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }
}
