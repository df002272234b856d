namespace Quzhou.Governance.Fuzz;

/// <summary>How many inputs one reader read and how many it refused (with a position and a reason).</summary>
internal sealed class ReaderCounts
{
    /// <summary>Inputs that read as a value.</summary>
    internal long Read { get; set; }

    /// <summary>Inputs refused with an error.</summary>
    internal long Refused { get; set; }
}
