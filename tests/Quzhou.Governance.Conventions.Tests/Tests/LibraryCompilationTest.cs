using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Quzhou.Governance.Conventions.Tests.Tests;

/// <summary>The compilation every check walks is the library as its net10.0 build sees it, without errors.</summary>
public sealed class LibraryCompilationTest
{
    [Fact]
    public void Library_Net10_CompilesWithoutErrors()
    {
        var compilation = SourceCompilation.Library;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void Library_Net10_HoldsEveryFolderAndTheNet10OnlyInterfaces()
    {
        var compilation = SourceCompilation.Library;
        var folders = compilation.SyntaxTrees.Select(t => t.FilePath.Split('/')).Where(p => p.Length > 3).Select(p => p[2]).Distinct().ToList();
        Assert.Superset(new[] { "Parsing", "Periods", "Quantities", "Figures", "Indicators", "Series", "Calculations" }.ToHashSet(), folders.ToHashSet());
        var calendarPeriod = compilation.GetTypeByMetadataName("Quzhou.Governance.Periods.CalendarPeriod");
        Assert.NotNull(calendarPeriod);
        Assert.Contains(calendarPeriod!.AllInterfaces, i => i.Name == "ISpanParsable");
    }
}
