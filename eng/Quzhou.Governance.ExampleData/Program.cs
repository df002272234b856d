using System;
using System.IO;
using System.Text;

namespace Quzhou.Governance.ExampleData;

/// <summary>Writes the bundled example: <c>Program [folder]</c> writes quzhou-data.csv (the data set) and
/// quzhou-targets.csv (its illustrative plan targets) into the folder (default examples/review under the current
/// folder); <c>--check</c> compares instead and exits 1 when a committed file differs.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var check = Array.IndexOf(args, "--check") >= 0;
        var folder = Array.Find(args, a => a != "--check") ?? Path.Combine("examples", "review");
        var files = new[]
        {
            (Path.Combine(folder, "quzhou-data.csv"), InterviewExampleData.ToCsv()),
            (Path.Combine(folder, "quzhou-targets.csv"), InterviewExampleTargets.ToCsv()),
        };
        var code = 0;
        foreach (var (path, text) in files)
        {
            if (check)
            {
                var same = File.Exists(path) && File.ReadAllText(path, Encoding.UTF8) == text;
                Console.WriteLine(same ? $"{path} is up to date" : $"{path} differs from the generator's output; run eng/build-example-data.sh");
                code = same ? code : 1;
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, text, new UTF8Encoding(true));
            Console.WriteLine($"wrote {path}");
        }

        return code;
    }
}
