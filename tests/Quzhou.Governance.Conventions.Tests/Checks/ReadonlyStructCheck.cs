using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Quzhou.Governance.Conventions.Tests.Checks;

/// <summary>Every public struct is <c>readonly</c>.</summary>
public static class ReadonlyStructCheck
{
    public static IReadOnlyList<Violation> Find(Compilation compilation) =>
        Symbols.PublicStructs(compilation)
            .Where(s => !s.IsReadOnly)
            .Select(s => Symbols.At(s, "a public struct is not readonly"))
            .ToList();
}
