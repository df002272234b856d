using System;
using System.IO;
using System.Text;

namespace Quzhou.Governance.ExampleData;

/// <summary>Writes the bundled example data set: <c>Program [output.csv]</c> (default examples/review/quzhou-data.csv
/// under the current folder); <c>--check</c> compares instead and exits 1 when the committed file differs.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var check = Array.IndexOf(args, "--check") >= 0;
        var path = Array.Find(args, a => a != "--check") ?? Path.Combine("examples", "review", "quzhou-data.csv");
        var text = InterviewExampleData.ToCsv();
        if (check)
        {
            var same = File.Exists(path) && File.ReadAllText(path, Encoding.UTF8) == text;
            Console.WriteLine(same ? $"{path} is up to date" : $"{path} differs from the generator's output; run eng/build-example-data.sh");
            return same ? 0 : 1;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text, new UTF8Encoding(true));
        Console.WriteLine($"wrote {path}");
        return 0;
    }
}
