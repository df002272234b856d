using Quzhou.Governance.Figures;

namespace Quzhou.Governance.Benchmarks.Text;

/// <summary>One figure of a <see cref="ClaimRecord"/>: the number as printed (its value and how many decimals it was
/// printed with, so 30% and 30.0% differ), its unit with its magnitude as written (%, 个百分点, 起, 万人, 亿元; empty for
/// a share of a structure) and the direction word before it (or the list's, for a later figure of a list).</summary>
/// <param name="Value">The printed number (258.3 for 258.3万人).</param>
/// <param name="Decimals">How many decimals were printed.</param>
/// <param name="Unit">The magnitude and unit as written after the number.</param>
/// <param name="Direction">The direction word (增长, 下降, 提高…), or none.</param>
public readonly record struct RecordFigure(decimal Value, int Decimals, string Unit, FigureDirection Direction);
