using Quzhou.Governance.Conventions.Tests.Checks;
using Xunit;

namespace Quzhou.Governance.Conventions.Tests.Tests;

public sealed class EqualityAndOrderOperatorsCheckTest
{
    [Fact]
    public void Find_Library_NoViolation() => Expect.None(EqualityAndOrderOperatorsCheck.Find(SourceCompilation.Library));

    [Fact]
    public void Find_InterfacesWithoutOperators_ReportsEachMissingOperator()
    {
        var compilation = Expect.Compiles(SourceCompilation.Compile(("Bad/Operators.cs", """
            using System;
            namespace Bad;
            public readonly struct NoEquality : IEquatable<NoEquality>
            {
                public bool Equals(NoEquality other) => true;
                public override bool Equals(object? obj) => obj is NoEquality;
                public override int GetHashCode() => 0;
            }
            public readonly struct HalfOrdered : IEquatable<HalfOrdered>, IComparable<HalfOrdered>
            {
                public bool Equals(HalfOrdered other) => true;
                public override bool Equals(object? obj) => obj is HalfOrdered;
                public override int GetHashCode() => 0;
                public int CompareTo(HalfOrdered other) => 0;
                public static bool operator ==(HalfOrdered left, HalfOrdered right) => left.Equals(right);
                public static bool operator !=(HalfOrdered left, HalfOrdered right) => !left.Equals(right);
                public static bool operator <(HalfOrdered left, HalfOrdered right) => left.CompareTo(right) < 0;
                public static bool operator >(HalfOrdered left, HalfOrdered right) => left.CompareTo(right) > 0;
                public static bool operator <=(HalfOrdered left, long right) => false;
                public static bool operator >=(HalfOrdered left, long right) => false;
            }
            """)));
        Expect.Found(EqualityAndOrderOperatorsCheck.Find(compilation),
            ("Bad.NoEquality", "", "operator =="),
            ("Bad.NoEquality", "", "operator !="),
            ("Bad.HalfOrdered", "", "operator <="),
            ("Bad.HalfOrdered", "", "operator >="));
    }
}
