using Quzhou.Governance.Conventions.Tests.Checks;
using Xunit;

namespace Quzhou.Governance.Conventions.Tests.Tests;

public sealed class ReadonlyStructCheckTest
{
    [Fact]
    public void Find_Library_NoViolation() => Expect.None(ReadonlyStructCheck.Find(SourceCompilation.Library));

    [Fact]
    public void Find_MutablePublicStruct_ReportsOnlyIt()
    {
        var compilation = Expect.Compiles(SourceCompilation.Compile(("Bad/Structs.cs", """
            namespace Bad;
            public struct Mutable { public int X; }
            public readonly struct Immutable { public int X { get; } }
            internal struct Hidden { public int X; }
            public static class Outer { public struct Nested { public int X; } }
            """)));
        Expect.Found(ReadonlyStructCheck.Find(compilation),
            ("Bad.Mutable", "", "not readonly"),
            ("Bad.Outer.Nested", "", "not readonly"));
    }
}
