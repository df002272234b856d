using System;
using System.Collections.Generic;
using System.Linq;

namespace Quzhou.Governance.Text;

/// <summary>
/// What a <see cref="BulletinReader"/> read out of one text: the claims in document order and the diagnostics for
/// text it could not read with certainty, each with its span in the original text. Immutable.
/// </summary>
public sealed class BulletinReading
{
    /// <summary>Creates a reading.</summary>
    /// <param name="text">The original text read.</param>
    /// <param name="claims">The claims, in document order.</param>
    /// <param name="diagnostics">The diagnostics, in document order.</param>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    public BulletinReading(string text, IEnumerable<ReadClaim> claims, IEnumerable<TextDiagnostic> diagnostics)
    {
        Text = Preconditions.CheckNotNull(text, nameof(text));
        var claimArray = Preconditions.CheckNotNull(claims, nameof(claims)).ToArray();
        var diagnosticArray = Preconditions.CheckNotNull(diagnostics, nameof(diagnostics)).ToArray();
        Preconditions.CheckArgument(claimArray.All(c => c is not null), nameof(claims), "No claim is null.");
        Preconditions.CheckArgument(diagnosticArray.All(d => d is not null), nameof(diagnostics), "No diagnostic is null.");
        Claims = Array.AsReadOnly(claimArray);
        Diagnostics = Array.AsReadOnly(diagnosticArray);
    }

    // Takes the arrays as they are: the reader's own, made for this reading, with no null in them.
    private BulletinReading(string text, ReadClaim[] claims, TextDiagnostic[] diagnostics)
    {
        Text = text;
        Claims = Array.AsReadOnly(claims);
        Diagnostics = Array.AsReadOnly(diagnostics);
    }

    /// <summary>A reading over the reader's lists, copied once into arrays of its own (no check for nulls: the reader
    /// adds none).</summary>
    internal static BulletinReading Of(string text, List<ReadClaim> claims, List<TextDiagnostic> diagnostics) =>
        new(text, claims.ToArray(), diagnostics.ToArray());

    /// <summary>The original text the spans point into.</summary>
    public string Text { get; }

    /// <summary>The claims, in document order.</summary>
    public IReadOnlyList<ReadClaim> Claims { get; }

    /// <summary>The diagnostics, in document order.</summary>
    public IReadOnlyList<TextDiagnostic> Diagnostics { get; }

    /// <summary>Whether the reader found nothing it could not read.</summary>
    public bool IsClean => Diagnostics.Count == 0;

    /// <summary>How many claims and diagnostics: <c>21 claims, 0 diagnostics</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Claims.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " claims, "
        + Diagnostics.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " diagnostics";
}
