using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Tests.Series;

/// <summary>A rate observation is its period, its parts and its published figure, all of which matter to equality.</summary>
public class RateObservationTest
{
    [Fact]
    public void Equals_EveryPart_Matters() =>
        TestHelper.TestEquality(
            new RateObservation(SeriesPeriod.Month(2025, 10), 448, 461, 97.18m, 2, PointFlags.Final),
            new RateObservation(SeriesPeriod.Month(2025, 10), 448, 461, 97.18m, 2, PointFlags.Final),
            new RateObservation(SeriesPeriod.Month(2025, 9), 448, 461, 97.18m, 2, PointFlags.Final),
            new RateObservation(SeriesPeriod.Month(2025, 10), 447, 461, 97.18m, 2, PointFlags.Final),
            new RateObservation(SeriesPeriod.Month(2025, 10), 448, 460, 97.18m, 2, PointFlags.Final),
            new RateObservation(SeriesPeriod.Month(2025, 10), 448, 461, 97.18m, 2, PointFlags.Break),
            default);
}
