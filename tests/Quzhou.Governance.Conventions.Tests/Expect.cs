using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Quzhou.Governance.Conventions.Tests;

/// <summary>Assertions over violations that list every one on failure.</summary>
internal static class Expect
{
    public static void None(IReadOnlyList<Violation> violations) =>
        Assert.True(violations.Count == 0,
            $"{violations.Count} violation(s):\n" + string.Join("\n", violations.Select(v => "  " + v)));

    /// <summary>Exactly the expected violations, by type, member (when given) and a part of what is wrong.</summary>
    public static void Found(IReadOnlyList<Violation> violations, params (string Type, string Member, string What)[] expected)
    {
        var shown = string.Join("\n", violations.Select(v => "  " + v));
        Assert.True(violations.Count == expected.Length, $"expected {expected.Length} violation(s), found {violations.Count}:\n{shown}");
        foreach (var (type, member, what) in expected)
        {
            Assert.True(
                violations.Any(v => v.Type == type && (member.Length == 0 || v.Member == member) && v.What.Contains(what, System.StringComparison.Ordinal)),
                $"expected a violation at {type} {member} saying “{what}”, found:\n{shown}");
        }
    }

    /// <summary>The bad example itself compiles (so the check is held against real code), unless told otherwise.</summary>
    public static Compilation Compiles(Compilation compilation)
    {
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the example does not compile:\n" + string.Join("\n", errors));
        return compilation;
    }
}
