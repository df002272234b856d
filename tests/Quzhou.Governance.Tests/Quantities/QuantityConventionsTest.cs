using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Quzhou.Governance.Quantities;
using Xunit;

namespace Quzhou.Governance.Tests.Quantities;

/// <summary>Holds every quantity struct to the conventions of docs/architecture.md.</summary>
public class QuantityConventionsTest
{
    private static Type[] Types() =>
        typeof(Count).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(Count).Namespace && t.IsValueType && !t.IsEnum)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToArray();

    public static TheoryData<Type> QuantityTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in Types())
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void QuantityTypes_AreExactlyTheEightValueTypes()
    {
        var names = Types().Select(t => t.Name).ToArray();
        Assert.Equal(
            new[] { "Amount", "Count", "CountChange", "Percentage", "PercentagePoints", "PopulationRate", "Ratio", "RelativeChange" },
            names);
    }

    [Theory]
    [MemberData(nameof(QuantityTypes))]
    public void Type_IsReadOnlyEquatableFormattable(Type type)
    {
        // By name: the netstandard2.0 build carries its own compiler-generated IsReadOnlyAttribute.
        Assert.Contains(type.GetCustomAttributes(false), a => a.GetType().FullName == typeof(IsReadOnlyAttribute).FullName);
        Assert.Contains(typeof(IEquatable<>).MakeGenericType(type), type.GetInterfaces());
        Assert.Contains(typeof(IFormattable), type.GetInterfaces());
#if !LIBRARY_NETSTANDARD
        Assert.Contains(typeof(ISpanFormattable), type.GetInterfaces());
#endif
        Assert.NotNull(type.GetMethod("op_Equality", [type, type]));
        Assert.NotNull(type.GetMethod("op_Inequality", [type, type]));
        Assert.Equal(type, type.GetMethod(nameof(Equals), [typeof(object)])!.DeclaringType);
        Assert.Equal(type, type.GetMethod(nameof(GetHashCode), Type.EmptyTypes)!.DeclaringType);
        Assert.Equal(type, type.GetMethod(nameof(ToString), Type.EmptyTypes)!.DeclaringType);
        Assert.NotNull(type.GetMethod("TryFormat"));
        Assert.All(
            type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public),
            field => Assert.True(field.IsInitOnly, field.Name));
    }

    [Theory]
    [MemberData(nameof(QuantityTypes))]
    public void Comparable_HasAllOrderingOperators_AndExplicitNonGenericCompareTo(Type type)
    {
        Assert.Contains(typeof(IComparable<>).MakeGenericType(type), type.GetInterfaces());
        Assert.Contains(typeof(IComparable), type.GetInterfaces());
        foreach (var name in new[] { "op_LessThan", "op_LessThanOrEqual", "op_GreaterThan", "op_GreaterThanOrEqual" })
        {
            Assert.NotNull(type.GetMethod(name, [type, type]));
        }

        Assert.Null(type.GetMethod("CompareTo", [typeof(object)]));
    }

    [Theory]
    [MemberData(nameof(QuantityTypes))]
    public void Operators_HaveNamedTwins(Type type)
    {
        var twins = new (string Operator, string[] Names)[]
        {
            ("op_Addition", ["Add", "Plus"]),
            ("op_Subtraction", ["Subtract", "Minus"]),
            ("op_UnaryNegation", ["Negate"]),
            ("op_Multiply", ["Multiply"]),
        };
        foreach (var (op, names) in twins)
        {
            if (type.GetMethods(BindingFlags.Public | BindingFlags.Static).Any(m => m.Name == op))
            {
                Assert.Contains(type.GetMethods(), m => names.Contains(m.Name));
            }
        }
    }

    [Fact]
    public void CompositeFormat_UsesFormatStrings()
    {
        var text = string.Format(
            CultureInfo.InvariantCulture,
            "{0:zh}，{1:zh}，{2:F1}",
            RelativeChange.FromPercent(-31.3m),
            new PercentagePoints(11.53m),
            new Percentage(97.18m));
        Assert.Equal("下降31.3%，11.53个百分点，97.2%", text);
    }

#if !LIBRARY_NETSTANDARD
    [Fact]
    public void SpanFormattable_InterpolatedString_UsesTryFormat()
    {
        var handler = $"{RelativeChange.Between(14L, 15L):zh}";
        Assert.Equal("下降6.67%", handler);
        Assert.Equal("73.0%", FormatThroughInterface(new Percentage(72.96m), "F1"));
        Assert.Equal("下降31.3%", FormatThroughInterface(RelativeChange.FromPercent(-31.3m), "zh"));
    }

    [Fact]
    public void TryFormat_WarmedUp_DoesNotAllocate()
    {
        var change = RelativeChange.Between(14L, 15L);
        var ratio = Ratio.Share(138, 142);
        var level = new Percentage(72.96m);
        var rate = PopulationRate.Of(10, 2_170_000, PopulationBase.PerHundredThousand);
        Span<char> buffer = stackalloc char[64];
        var written = 0;
        for (var round = 0; round < 2; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 100; i++)
            {
                change.TryFormat(buffer, out written, "zh", null);
                ratio.TryFormat(buffer, out written, "F2", null);
                level.TryFormat(buffer, out written, default, null);
                rate.TryFormat(buffer, out written, "zh", null);
                new Count(4282).TryFormat(buffer, out written, default, null);
                Amount.FromFen(123_456_789).TryFormat(buffer, out written, "万2", null);
            }

            if (round == 1)
            {
                Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            }
        }

        Assert.Equal("123.46万元", buffer.Slice(0, written).ToString());
    }

    private static string FormatThroughInterface(ISpanFormattable formattable, string format)
    {
        Span<char> buffer = stackalloc char[32];
        Assert.True(formattable.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture));
        return buffer.Slice(0, written).ToString();
    }
#endif
}
