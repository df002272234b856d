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
            public struct Enumerator { private int index; public readonly int Current => index; public bool MoveNext() => ++index < 3; }
            public struct AlmostEnumerator { private int index; public bool MoveNext() => ++index < 3; }
            """)));
        Expect.Found(ReadonlyStructCheck.Find(compilation),
            ("Bad.Mutable", "", "not readonly"),
            ("Bad.Outer.Nested", "", "not readonly"),
            ("Bad.AlmostEnumerator", "", "not readonly"));
    }
}
