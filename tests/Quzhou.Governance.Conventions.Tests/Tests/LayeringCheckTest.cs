using System.IO;
using System.Linq;
using Quzhou.Governance.Conventions.Tests.Checks;
using Xunit;

namespace Quzhou.Governance.Conventions.Tests.Tests;

public sealed class LayeringCheckTest
{
    private static ArchitectureTable Page =>
        ArchitectureTable.Parse(File.ReadAllText(RepositoryRoot.Combine("docs/architecture.md")));

    [Fact]
    public void Find_Library_FollowsTheTableOfTheArchitecturePage() =>
        Expect.None(LayeringCheck.Find(SourceCompilation.Library, Page, SourceCompilation.LibraryFolder));

    [Fact]
    public void Parse_ArchitecturePage_ReadsEveryFolderAndExpandsAndBelow()
    {
        var table = Page;
        Assert.Contains("", table.Folders);
        Assert.Contains("Parsing", table.Folders);
        Assert.Contains("Series", table.Folders);
        Assert.Superset(new[] { "Series", "Periods", "Quantities", "Indicators", "Parsing", "NodaTime", "" }.ToHashSet(),
            table.Uses("Calculations").ToHashSet());
        Assert.DoesNotContain("Calculations", table.Uses("Series"));
        Assert.Contains("NodaTime", table.Packages);
        Assert.Equal("Periods", table.FolderOf("Periods/Text/PeriodWriter.cs"));
        Assert.Equal("", table.FolderOf("Preconditions.cs"));
    }

    [Fact]
    public void Parse_ListedSubFolder_IsItsOwnRowAndMayUseItsParent()
    {
        var table = ArchitectureTable.Parse(SmallPage);
        Assert.Equal("High/Text", table.FolderOf("High/Text/Reading.cs"));
        Assert.Equal("High", table.FolderOf("High/Deeper/Thing.cs"));
        Assert.Superset(new[] { "High", "Low", "Side", "" }.ToHashSet(), table.Uses("High/Text").ToHashSet());
        Assert.DoesNotContain("High/Text", table.Uses("High"));
    }

    [Fact]
    public void Find_UpwardUses_NameTheFileAndTheTypeUsed()
    {
        var compilation = Expect.Compiles(SourceCompilation.Compile(
            ("Lib/Low/Thing.cs", """
                namespace Lib.Low;
                public static class Thing
                {
                    public static int Size() => 1;
                    public static int Upward() => Lib.High.Other.Size() + new Lib.Side.Extra().Size;
                    public static NodaTime.LocalDate Day() => default;
                }
                """),
            ("Lib/High/Other.cs", """
                namespace Lib.High;
                public static class Other { public static int Size() => Lib.Low.Thing.Size() + Lib.Side.Extra.Zero + Lib.Root.One; }
                """),
            ("Lib/High/Text/Reading.cs", """
                namespace Lib.High.Text;
                public static class Reading { public static int Read() => Lib.High.Other.Size() + Lib.Side.Extra.Zero; }
                """),
            ("Lib/Side/Extra.cs", """
                namespace Lib.Side;
                public sealed class Extra { public const int Zero = 0; public int Size => Lib.High.Text.Reading.Read(); }
                """),
            ("Lib/Root.cs", """
                namespace Lib;
                public static class Root { public const int One = 1; }
                """),
            ("Lib/Unlisted/Stray.cs", """
                namespace Lib.Unlisted;
                public static class Stray { }
                """)));
        var violations = LayeringCheck.Find(compilation, ArchitectureTable.Parse(SmallPage), "Lib");
        Expect.Found(violations,
            ("Thing", "Lib.High.Other", "Low/ uses High/"),
            ("Thing", "Lib.High.Other.Size()", "Low/ uses High/"),
            ("Thing", "Lib.Side.Extra", "Low/ uses Side/"),
            ("Thing", "Lib.Side.Extra.Extra()", "Low/ uses Side/"),
            ("Thing", "Lib.Side.Extra.Size", "Low/ uses Side/"),
            ("Thing", "NodaTime.LocalDate", "Low/ uses NodaTime,"),
            ("Extra", "Lib.High.Text.Reading", "Side/ uses High/Text/"),
            ("Extra", "Lib.High.Text.Reading.Read()", "Side/ uses High/Text/"),
            ("", "", "“Unlisted/” is not in the table"));
        Assert.Contains(violations, v => v.File == "Lib/Low/Thing.cs" && v.Line == 5);
    }

    [Fact]
    public void Find_LibraryWithAnUpwardFile_ReportsTheFileAndTheTypeUsed()
    {
        var upward = SourceCompilation.Parse("src/Quzhou.Governance/Parsing/Upward.cs", """
            namespace Quzhou.Governance.Parsing;
            internal static class Upward
            {
                internal static object Back() => Quzhou.Governance.Calculations.Streaks.LongestRun(default!);
            }
            """);
        var compilation = SourceCompilation.Library.AddSyntaxTrees(upward);
        var violations = LayeringCheck.Find(compilation, Page, SourceCompilation.LibraryFolder, [upward]);
        Assert.NotEmpty(violations);
        Assert.All(violations, v => Assert.Equal("src/Quzhou.Governance/Parsing/Upward.cs", v.File));
        Assert.Contains(violations, v => v.Type == "Upward" && v.Member == "Quzhou.Governance.Calculations.Streaks" && v.What.StartsWith("Parsing/ uses Calculations/", System.StringComparison.Ordinal));
    }

    private const string SmallPage = """
        # A library

        | folder | holds | uses |
        |---|---|---|
        | (root) | `Root` | — |
        | `Low/` | `Thing` | — |
        | `Side/` | `Extra` | Low |
        | `High/` (+ `High/Deeper/`) | `Other` | Side, Low, NodaTime |
        | `High/Text/` | `Reading` | Side |

        Text below the table.
        """;
}
