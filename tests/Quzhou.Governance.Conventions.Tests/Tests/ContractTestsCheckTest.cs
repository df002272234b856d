using System.Linq;
using Microsoft.CodeAnalysis;
using Quzhou.Governance.Conventions.Tests.Checks;
using Xunit;

namespace Quzhou.Governance.Conventions.Tests.Tests;

public sealed class ContractTestsCheckTest
{
    [Fact]
    public void LibraryTests_Net10_CompileWithoutErrors()
    {
        var errors = SourceCompilation.LibraryTests.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(30)));
    }

    [Fact]
    public void Find_Library_EveryValueTypeHasItsContractTested() =>
        Expect.None(ContractTestsCheck.Find(SourceCompilation.Library, SourceCompilation.LibraryTests));

    [Fact]
    public void Find_ValueTypesTestedInline_ReportsEach()
    {
        var library = SourceCompilation.Compile(("Bad/Values.cs", """
            using System;
            namespace Bad;
            public readonly record struct Helped(int X);
            public readonly record struct Inline(int X);
            public readonly record struct OnlyEquality(int X) : IComparable<OnlyEquality>
            {
                public int CompareTo(OnlyEquality other) => X.CompareTo(other.X);
            }
            public readonly struct NotEquatable { }
            """));
        Expect.Compiles(library);
        var tests = SourceCompilation.CompileTests(library, [SourceCompilation.Parse("tests/Bad/ValuesTest.cs", """
            using Bad;
            using Xunit;
            internal static class TestHelper
            {
                public static void TestEquality<T>(T value, T equalValue, params T[] unequalValues) where T : struct { }
            }
            public sealed class ValuesTest
            {
                [Fact] public void Helped_Equality() => TestHelper.TestEquality(new Helped(1), new Helped(1), new Helped(2));
                [Fact] public void Inline_Equality() => Assert.True(new Inline(1) == new Inline(1));
                [Fact] public void OnlyEquality_Equality() => TestHelper.TestEquality(new OnlyEquality(1), new OnlyEquality(1), new OnlyEquality(2));
            }
            """)]);
        Expect.Compiles(tests);
        Expect.Found(ContractTestsCheck.Find(library, tests),
            ("Bad.Inline", "", "TestHelper.TestEquality"),
            ("Bad.OnlyEquality", "", "TestHelper.TestOrdering"));
    }
}
