using Quzhou.Governance.Conventions.Tests.Checks;
using Xunit;

namespace Quzhou.Governance.Conventions.Tests.Tests;

public sealed class GenericMathInterfacesCheckTest
{
    [Fact]
    public void Find_Library_NoViolation() => Expect.None(GenericMathInterfacesCheck.Find(SourceCompilation.Library));

    [Fact]
    public void Find_OperatorsWithoutTheirInterfaces_ReportsEach()
    {
        var compilation = Expect.Compiles(SourceCompilation.Compile(("Bad/Interfaces.cs", """
            using System;
            using System.Numerics;
            namespace Bad;
            public readonly struct Points : IEquatable<Points>, IEqualityOperators<Points, Points, bool>, IAdditionOperators<Points, long, Points>
            {
                private readonly long value;
                private Points(long value) => this.value = value;
                public bool Equals(Points other) => value == other.value;
                public override bool Equals(object? obj) => obj is Points other && Equals(other);
                public override int GetHashCode() => value.GetHashCode();
                public static bool operator ==(Points left, Points right) => left.Equals(right);
                public static bool operator !=(Points left, Points right) => !left.Equals(right);
                public static Points operator +(Points left, Points right) => new(left.value + right.value);
                public static Points operator +(Points left, long right) => new(left.value + right);
                public static Points operator -(Points points) => new(-points.value);
                public static Points operator +(long left, Points right) => new(left + right.value);
                public static bool operator <(Points left, long right) => left.value < right;
                public static bool operator >(Points left, long right) => left.value > right;
            }
            """)));
        Expect.Found(GenericMathInterfacesCheck.Find(compilation),
            ("Bad.Points", "operator +(Points, Points)", "IAdditionOperators<Points, Points, Points>"),
            ("Bad.Points", "operator -(Points)", "IUnaryNegationOperators<Points, Points>"));
    }

    [Fact]
    public void Find_NumberThatDoesNotAddToItself_ReportsIt()
    {
        // Only the declaration matters to the check: the example leaves INumber's members unimplemented.
        var compilation = SourceCompilation.Compile(("Bad/Share.cs", """
            using System.Numerics;
            namespace Bad;
            public readonly struct Share : INumber<Share> { }
            """));
        Expect.Found(GenericMathInterfacesCheck.Find(compilation), ("Bad.Share", "", "INumberBase/INumber"));
    }
}
