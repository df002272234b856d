namespace Quzhou.Governance.Series;

/// <summary>
/// The per-point byte every series keeps beside its values: 0 for a gap, otherwise 1 + the
/// <see cref="ObservationStatus"/>, with <see cref="PublishedOnly"/> set on a rate known only as its
/// published percentage.
/// </summary>
internal static class PointFlags
{
    internal const byte Gap = 0;
    internal const byte Final = 1;
    internal const byte Break = 1 + (byte)ObservationStatus.BasisBreak;
    internal const byte StatusMask = 0x0F;
    internal const byte PublishedOnly = 0x80;

    internal static byte FromStatus(ObservationStatus status)
    {
        Preconditions.CheckArgumentRange(nameof(status), (int)status, 0, 4);
        return (byte)(1 + (int)status);
    }

    internal static ObservationStatus ToStatus(byte flags) => (ObservationStatus)((flags & StatusMask) - 1);

    internal static bool IsBreak(byte flags) => (flags & StatusMask) == Break;

    /// <summary>The status of a value combined from several: a break wins, then estimated, provisional, revised, final.</summary>
    internal static int Rank(ObservationStatus status) => status switch
    {
        ObservationStatus.BasisBreak => 4,
        ObservationStatus.Estimated => 3,
        ObservationStatus.Provisional => 2,
        ObservationStatus.Revised => 1,
        _ => 0,
    };
}
