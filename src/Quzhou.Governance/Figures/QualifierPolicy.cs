using System;
using System.Collections.Generic;

namespace Quzhou.Governance.Figures;

/// <summary>
/// Which interval of true values each <see cref="FigureQualifier"/> stands for: one documented, configurable
/// policy. Immutable; <see cref="With"/> returns a changed copy.
/// </summary>
/// <remarks>
/// <para>The <see cref="Default"/> policy, where x is the printed number and u one step of its last printed
/// digit at the magnitude (u = 1 for 1360, 0.01 for 72.96, 10⁴ for 19万), except for 余 and 多, which attach
/// to the last place named, so their u is one step of the last <em>non-zero</em> digit (u = 10 for 1360余,
/// 10⁴ for 19万余):</para>
/// <list type="table">
/// <listheader><term>qualifier</term><description>interval</description></listheader>
/// <item><term>exact</term><description>[x − u/2, x + u/2], both ends accepted (GB/T 8170 rounds an exact tie to even, so either neighbour may print a tie)</description></item>
/// <item><term>余, 多</term><description>(x, x + u), u at the last non-zero digit: “1360余人” is 1361…1369, “19万余次” over 190,000 and under 200,000</description></item>
/// <item><term>以上</term><description>[x, +∞): “97%以上” includes 97%</description></item>
/// <item><term>以下</term><description>(−∞, x]</description></item>
/// <item><term>近</term><description>[x − u, x)</description></item>
/// <item><term>约, 左右</term><description>[x − u, x + u]</description></item>
/// <item><term>超过, 突破</term><description>(x, +∞)</description></item>
/// </list>
/// </remarks>
public sealed class QualifierPolicy
{
    private static readonly FigureQualifier[] AllQualifiers =
    {
        FigureQualifier.Exact, FigureQualifier.Odd, FigureQualifier.More, FigureQualifier.AtLeast, FigureQualifier.AtMost,
        FigureQualifier.Nearly, FigureQualifier.About, FigureQualifier.Around, FigureQualifier.Exceeding, FigureQualifier.Breaking,
    };

    private readonly QualifierRule[] rules;

    private QualifierPolicy(QualifierRule[] rules)
    {
        this.rules = rules;
    }

    /// <summary>The policy of domain.md (see the remarks of <see cref="QualifierPolicy"/>).</summary>
    public static QualifierPolicy Default { get; } = new(new[]
    {
        new QualifierRule(-0.5m, true, 0.5m, true),  // exact
        new QualifierRule(0m, false, 1m, false, stepsFromLastNonzeroDigit: true), // 余
        new QualifierRule(0m, false, 1m, false, stepsFromLastNonzeroDigit: true), // 多
        new QualifierRule(0m, true, null, false),     // 以上
        new QualifierRule(null, false, 0m, true),     // 以下
        new QualifierRule(-1m, true, 0m, false),      // 近
        new QualifierRule(-1m, true, 1m, true),       // 约
        new QualifierRule(-1m, true, 1m, true),       // 左右
        new QualifierRule(0m, false, null, false),    // 超过
        new QualifierRule(0m, false, null, false),    // 突破
    });

    /// <summary>Every qualifier with its rule, in the order of <see cref="FigureQualifier"/>.</summary>
    public IReadOnlyList<KeyValuePair<FigureQualifier, QualifierRule>> Rules
    {
        get
        {
            var list = new KeyValuePair<FigureQualifier, QualifierRule>[rules.Length];
            for (var i = 0; i < rules.Length; i++)
            {
                list[i] = new(AllQualifiers[i], rules[i]);
            }

            return list;
        }
    }

    /// <summary>The rule for <paramref name="qualifier"/>.</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>Its rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qualifier"/> is not a defined qualifier.</exception>
    public QualifierRule this[FigureQualifier qualifier]
    {
        get
        {
            Preconditions.CheckArgumentRange(nameof(qualifier), (int)qualifier, 0, rules.Length - 1);
            return rules[(int)qualifier];
        }
    }

    /// <summary>A copy of this policy with <paramref name="qualifier"/> standing for <paramref name="rule"/>.</summary>
    /// <param name="qualifier">The qualifier to change.</param>
    /// <param name="rule">Its new rule. Changing <see cref="FigureQualifier.Exact"/> changes what every
    /// unqualified figure means; do it only for a source known to round otherwise (truncation: [x, x + u)).</param>
    /// <returns>The changed policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qualifier"/> is not a defined qualifier.</exception>
    public QualifierPolicy With(FigureQualifier qualifier, QualifierRule rule)
    {
        Preconditions.CheckArgumentRange(nameof(qualifier), (int)qualifier, 0, rules.Length - 1);
        var copy = (QualifierRule[])rules.Clone();
        copy[(int)qualifier] = rule;
        return new QualifierPolicy(copy);
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var parts = new string[rules.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            var word = FigureWords.QualifierWord(AllQualifiers[i]);
            parts[i] = (word.Length == 0 ? "exact" : word) + " " + rules[i].ToString();
        }

        return string.Join("; ", parts);
    }
}
