using Quzhou.Governance.Conventions.Tests.Checks;
using Xunit;

namespace Quzhou.Governance.Conventions.Tests.Tests;

public sealed class NamedTwinCheckTest
{
    [Fact]
    public void Find_Library_NoViolation() => Expect.None(NamedTwinCheck.Find(SourceCompilation.Library));

    [Fact]
    public void Find_OperatorsWithoutTwins_ReportsEach()
    {
        var compilation = Expect.Compiles(SourceCompilation.Compile(("Bad/Twins.cs", """
            using System;
            namespace Bad;
            public readonly struct Fen : IEquatable<Fen>, IComparable<Fen>
            {
                private readonly long value;
                private Fen(long value) => this.value = value;
                public long Value => value;
                public bool Equals(Fen other) => value == other.value;
                public override bool Equals(object? obj) => obj is Fen other && Equals(other);
                public override int GetHashCode() => value.GetHashCode();
                public int CompareTo(Fen other) => value.CompareTo(other.value);
                public static bool operator ==(Fen left, Fen right) => left.Equals(right);
                public static bool operator !=(Fen left, Fen right) => !left.Equals(right);
                public static bool operator <(Fen left, Fen right) => left.CompareTo(right) < 0;
                public static bool operator >(Fen left, Fen right) => left.CompareTo(right) > 0;
                public static bool operator <=(Fen left, Fen right) => left.CompareTo(right) <= 0;
                public static bool operator >=(Fen left, Fen right) => left.CompareTo(right) >= 0;
                public static Fen operator +(Fen left, Fen right) => new(left.value + right.value);
                public static Fen operator -(Fen left, Fen right) => new(left.value - right.value);
                public static Fen Subtract(Fen left, Fen right) => left - right;
                public static Fen operator -(Fen fen) => new(-fen.value);
                public static Fen operator *(Fen fen, long times) => new(fen.value * times);
                public Fen Times(long times) => this * times;
                public static Fen operator /(Fen fen, long parts) => new(fen.value / parts);
                public static long Divide(Fen fen, int parts) => fen.value / parts;
                public static bool operator <(Fen left, int right) => left.value < right;
                public static bool operator >(Fen left, int right) => left.value > right;
                public static explicit operator Fen(long value) => new(value);
                public static implicit operator long(Fen fen) => fen.value;
            }
            """)));
        Expect.Found(NamedTwinCheck.Find(compilation),
            ("Bad.Fen", "operator +(Fen, Fen)", "Add or Plus"),
            ("Bad.Fen", "operator -(Fen)", "Negate"),
            ("Bad.Fen", "operator /(Fen, long)", "Divide"),
            ("Bad.Fen", "operator <(Fen, int)", "CompareTo(Int32)"),
            ("Bad.Fen", "operator >(Fen, int)", "CompareTo(Int32)"),
            ("Bad.Fen", "explicit operator Fen(long)", "giving Fen from Int64"));
    }
}
