using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Quzhou.Governance.MeasureAnalyzerShare;

/// <summary>One set of analyzer options (build properties, editorconfig keys), as the compiler hands them to an analyzer.</summary>
internal sealed class ConfigOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
{
    public static ConfigOptions Empty { get; } = new(ImmutableDictionary<string, string>.Empty);

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

    public override IEnumerable<string> Keys => values.Keys;
}
