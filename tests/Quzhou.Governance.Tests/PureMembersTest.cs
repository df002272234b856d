using System;
using System.Diagnostics.Contracts;
using System.Linq;
using System.Reflection;
using Quzhou.Governance.Periods;
using Xunit;

namespace Quzhou.Governance.Tests;

/// <summary>
/// The built library marks every public value-returning method of its public readonly structs
/// <see cref="PureAttribute"/> (read by QG0010 and CA1806). The attribute is
/// <c>[Conditional("CONTRACTS_FULL")]</c>: this reads the compiled assembly, so it fails when the library is
/// built without the symbol. Operators and property getters are not methods a statement can drop (C# refuses
/// <c>a + b;</c> and <c>x.Value;</c>) and are not required; nor are methods that write through an
/// <c>out</c>/<c>ref</c> parameter or into a <c>Span&lt;T&gt;</c> (<c>TryFormat</c>, <c>TryRead</c>).
/// </summary>
public class PureMembersTest
{
    [Fact]
    public void ReadonlyStructMethods_InTheBuiltAssembly_CarryPure()
    {
        var assembly = Assembly.LoadFrom(typeof(FiveYearPlan).Assembly.Location);
        var methods = assembly.GetExportedTypes()
            .Where(type => type.IsValueType && !type.IsEnum && IsReadOnly(type))
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => !method.IsSpecialName && method.ReturnType != typeof(void) && !WritesThroughAParameter(method))
            .ToArray();

        var unmarked = methods
            .Where(method => !method.IsDefined(typeof(PureAttribute), inherit: false))
            .Select(method => method.DeclaringType!.Name + "." + method.Name + "(" + string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name)) + ")")
            .ToArray();

        Assert.True(methods.Length > 300, "only " + methods.Length + " methods found");
        Assert.True(unmarked.Length == 0, "without [Pure]:\n" + string.Join("\n", unmarked));
    }

    [Fact]
    public void PlanNext_InTheBuiltAssembly_CarriesPure()
    {
        var next = typeof(FiveYearPlan).GetMethod(nameof(FiveYearPlan.Next), Type.EmptyTypes);

        Assert.NotNull(next);
        Assert.True(next!.IsDefined(typeof(PureAttribute), inherit: false));
    }

    private static bool IsReadOnly(Type type) =>
        type.CustomAttributes.Any(attribute => attribute.AttributeType.FullName == "System.Runtime.CompilerServices.IsReadOnlyAttribute");

    private static bool WritesThroughAParameter(MethodInfo method) =>
        method.GetParameters().Any(parameter =>
            parameter.IsOut
            || (parameter.ParameterType.IsByRef && !parameter.IsIn)
            || (parameter.ParameterType.IsGenericType && parameter.ParameterType.GetGenericTypeDefinition().FullName == "System.Span`1"));
}
