using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Series;

/// <summary>An observation is its period, its value and its status, all of which matter to equality.</summary>
public class ObservationTest
{
    [Fact]
    public void Equals_EveryPart_Matters() =>
        TestHelper.TestEquality(
            new Observation(SeriesPeriod.Month(2025, 10), 43, PointFlags.Final),
            new Observation(SeriesPeriod.Month(2025, 10), 43, PointFlags.Final),
            new Observation(SeriesPeriod.Month(2025, 9), 43, PointFlags.Final),
            new Observation(SeriesPeriod.Month(2025, 10), 44, PointFlags.Final),
            new Observation(SeriesPeriod.Month(2025, 10), 43, PointFlags.Break),
            new Observation(SeriesPeriod.Month(2025, 10), 43, PointFlags.Gap),
            default);

    [Fact]
    public void Equals_Gaps_IgnoreTheValue() =>
        TestHelper.TestEquality(
            new Observation(SeriesPeriod.Month(2025, 10), 43, PointFlags.Gap),
            new Observation(SeriesPeriod.Month(2025, 10), 44, PointFlags.Gap),
            new Observation(SeriesPeriod.Month(2025, 10), 43, PointFlags.Final));
}
