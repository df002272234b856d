using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Quzhou.Governance.Tests;

/// <summary>
/// The equality and ordering contracts every value type keeps, checked the same way for each (after NodaTime's
/// TestHelper): <c>Equals(T)</c>, <c>Equals(object)</c> and <c>GetHashCode</c> agree with each other and with
/// <c>==</c>/<c>!=</c>; <c>CompareTo(T)</c>, the explicit non-generic <c>CompareTo(object)</c> and
/// <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c> agree over an ascending list of values. The operators are
/// found by reflection and must exist.
/// </summary>
internal static class TestHelper
{
    /// <summary>
    /// <c>IEquatable&lt;T&gt;.Equals</c>, <c>object.Equals</c>, <c>GetHashCode</c>, <c>==</c> and <c>!=</c>.
    /// </summary>
    /// <param name="value">A value.</param>
    /// <param name="equalValue">A value equal to it, made separately.</param>
    /// <param name="unequalValues">Values unequal to it.</param>
    public static void TestEquality<T>(T value, T equalValue, params T[] unequalValues)
        where T : struct, IEquatable<T>
    {
        TestEqualsStruct(value, equalValue, unequalValues);
        foreach (var unequal in unequalValues)
        {
            TestOperatorEquality(value, equalValue, unequal);
        }
    }

    /// <summary>
    /// The whole ordering contract: <see cref="TestEquality"/> on the first two values against the greater ones,
    /// <c>CompareTo(T)</c>, <c>CompareTo(object)</c> and the four ordering operators.
    /// </summary>
    /// <param name="value">The least value.</param>
    /// <param name="equalValue">A value equal to it, made separately.</param>
    /// <param name="greaterValues">Values greater than it, in ascending order.</param>
    public static void TestOrdering<T>(T value, T equalValue, params T[] greaterValues)
        where T : struct, IEquatable<T>, IComparable<T>, IComparable
    {
        TestEquality(value, equalValue, greaterValues);
        TestCompareToStruct(value, equalValue, greaterValues);
        TestNonGenericCompareTo(value, equalValue, greaterValues);
        TestOperatorComparisonEquality(value, equalValue, greaterValues);
    }

    /// <summary><c>IEquatable&lt;T&gt;.Equals</c> with <see cref="TestObjectEquals"/>.</summary>
    public static void TestEqualsStruct<T>(T value, T equalValue, params T[] unequalValues)
        where T : struct, IEquatable<T>
    {
        TestObjectEquals(value, equalValue, unequalValues.Cast<object>().ToArray());
        Assert.True(value.Equals(value), "value.Equals(value)");
        Assert.True(value.Equals(equalValue), "value.Equals(equalValue)");
        Assert.True(equalValue.Equals(value), "equalValue.Equals(value)");
        foreach (var unequal in unequalValues)
        {
            Assert.False(value.Equals(unequal), $"{value}.Equals({unequal})");
            Assert.False(unequal.Equals(value), $"{unequal}.Equals({value})");
        }
    }

    /// <summary>
    /// <c>object.Equals</c>: false for null and for another type, true for itself and an equal value (both ways);
    /// equal values have equal hash codes.
    /// </summary>
    public static void TestObjectEquals(object value, object equalValue, params object[] unequalValues)
    {
        Assert.NotEmpty(unequalValues);
        Assert.False(value.Equals(null), "value.Equals(null)");
        Assert.False(value.Equals(new object()), "value.Equals(new object())");
        Assert.False(value.Equals("text"), "value.Equals(\"text\")");
        Assert.True(value.Equals(value), "value.Equals(value)");
        Assert.True(value.Equals(equalValue), "value.Equals(equalValue)");
        Assert.True(equalValue.Equals(value), "equalValue.Equals(value)");
        foreach (var unequal in unequalValues)
        {
            Assert.False(value.Equals(unequal), $"{value}.Equals((object){unequal})");
        }
        Assert.Equal(value.GetHashCode(), value.GetHashCode());
        Assert.Equal(value.GetHashCode(), equalValue.GetHashCode());
    }

    /// <summary><c>CompareTo(T)</c> over an ascending list: zero for equal values, a sign each way otherwise.</summary>
    public static void TestCompareToStruct<T>(T value, T equalValue, params T[] greaterValues)
        where T : struct, IComparable<T>
    {
        Assert.NotEmpty(greaterValues);
        Assert.Equal(0, value.CompareTo(value));
        Assert.Equal(0, value.CompareTo(equalValue));
        Assert.Equal(0, equalValue.CompareTo(value));
        foreach (var greater in greaterValues)
        {
            Assert.True(value.CompareTo(greater) < 0, $"{value}.CompareTo({greater}) < 0");
            Assert.True(greater.CompareTo(value) > 0, $"{greater}.CompareTo({value}) > 0");
            value = greater;
        }
    }

    /// <summary>
    /// The non-generic <c>IComparable.CompareTo</c>: after every value is greater than null, the same order as
    /// <c>CompareTo(T)</c>, and another type is an <see cref="ArgumentException"/> (exactly), naming the argument.
    /// </summary>
    public static void TestNonGenericCompareTo<T>(T value, T equalValue, params T[] greaterValues)
        where T : IComparable
    {
        Assert.NotEmpty(greaterValues);
        IComparable current = value;
        Assert.Equal(1, Math.Sign(current.CompareTo(null)));
        Assert.Equal(0, current.CompareTo(value));
        Assert.Equal(0, current.CompareTo(equalValue));
        Assert.Equal(0, ((IComparable)equalValue).CompareTo(value));
        foreach (var greater in greaterValues)
        {
            Assert.True(current.CompareTo(greater) < 0, $"{current}.CompareTo((object){greater}) < 0");
            Assert.True(((IComparable)greater).CompareTo(current) > 0, $"{greater}.CompareTo((object){current}) > 0");
            current = greater;
        }
        var ex = Assert.Throws<ArgumentException>(() => current.CompareTo(new object()));
        Assert.Equal("obj", ex.ParamName);
    }

    /// <summary><c>==</c> and <c>!=</c> (which must exist): equal values are equal both ways, the unequal one is not.</summary>
    public static void TestOperatorEquality<T>(T value, T equalValue, T unequalValue)
        where T : struct
    {
        var equality = Operator<T>("op_Equality");
        var inequality = Operator<T>("op_Inequality");
        Assert.True(equality(value, value), "value == value");
        Assert.True(equality(value, equalValue), "value == equalValue");
        Assert.True(equality(equalValue, value), "equalValue == value");
        Assert.False(equality(value, unequalValue), $"{value} == {unequalValue}");
        Assert.False(equality(unequalValue, value), $"{unequalValue} == {value}");
        Assert.False(inequality(value, value), "value != value");
        Assert.False(inequality(value, equalValue), "value != equalValue");
        Assert.False(inequality(equalValue, value), "equalValue != value");
        Assert.True(inequality(value, unequalValue), $"{value} != {unequalValue}");
        Assert.True(inequality(unequalValue, value), $"{unequalValue} != {value}");
    }

    /// <summary><c>&lt;</c> and <c>&gt;</c> (which must exist) over an ascending list.</summary>
    public static void TestOperatorComparison<T>(T value, T equalValue, params T[] greaterValues)
        where T : struct
    {
        Assert.NotEmpty(greaterValues);
        var less = Operator<T>("op_LessThan");
        var greaterThan = Operator<T>("op_GreaterThan");
        Assert.False(less(value, value), "value < value");
        Assert.False(less(value, equalValue), "value < equalValue");
        Assert.False(less(equalValue, value), "equalValue < value");
        Assert.False(greaterThan(value, value), "value > value");
        Assert.False(greaterThan(value, equalValue), "value > equalValue");
        Assert.False(greaterThan(equalValue, value), "equalValue > value");
        foreach (var greater in greaterValues)
        {
            Assert.True(less(value, greater), $"{value} < {greater}");
            Assert.False(less(greater, value), $"{greater} < {value}");
            Assert.True(greaterThan(greater, value), $"{greater} > {value}");
            Assert.False(greaterThan(value, greater), $"{value} > {greater}");
            value = greater;
        }
    }

    /// <summary>
    /// All six operators (which must exist): <see cref="TestOperatorEquality"/> against each greater value,
    /// <see cref="TestOperatorComparison"/>, then <c>&lt;=</c> and <c>&gt;=</c> over the ascending list.
    /// </summary>
    public static void TestOperatorComparisonEquality<T>(T value, T equalValue, params T[] greaterValues)
        where T : struct
    {
        foreach (var greater in greaterValues)
        {
            TestOperatorEquality(value, equalValue, greater);
        }
        TestOperatorComparison(value, equalValue, greaterValues);
        var lessOrEqual = Operator<T>("op_LessThanOrEqual");
        var greaterOrEqual = Operator<T>("op_GreaterThanOrEqual");
        Assert.True(lessOrEqual(value, value), "value <= value");
        Assert.True(lessOrEqual(value, equalValue), "value <= equalValue");
        Assert.True(lessOrEqual(equalValue, value), "equalValue <= value");
        Assert.True(greaterOrEqual(value, value), "value >= value");
        Assert.True(greaterOrEqual(value, equalValue), "value >= equalValue");
        Assert.True(greaterOrEqual(equalValue, value), "equalValue >= value");
        foreach (var greater in greaterValues)
        {
            Assert.True(lessOrEqual(value, greater), $"{value} <= {greater}");
            Assert.False(lessOrEqual(greater, value), $"{greater} <= {value}");
            Assert.True(greaterOrEqual(greater, value), $"{greater} >= {value}");
            Assert.False(greaterOrEqual(value, greater), $"{value} >= {greater}");
            value = greater;
        }
    }

    private static Func<T, T, bool> Operator<T>(string name)
    {
        var method = typeof(T).GetMethod(name, BindingFlags.Public | BindingFlags.Static, null, [typeof(T), typeof(T)], null);
        Assert.True(method is not null, $"{typeof(T).Name} has no public {name}({typeof(T).Name}, {typeof(T).Name})");
        return (left, right) => (bool)method!.Invoke(null, [left, right])!;
    }
}
