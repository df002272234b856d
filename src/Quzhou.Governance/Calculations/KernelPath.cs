namespace Quzhou.Governance.Calculations;

/// <summary>
/// The widest instructions the vector kernels may use on the current thread (see <see cref="KernelPaths"/>), from the
/// widest to none: each value allows what the ones after it allow and no more.
/// </summary>
internal enum KernelPath : byte
{
    /// <summary>Whatever the machine accelerates (the default, and the only value outside the tests).</summary>
    Widest = 0,

    /// <summary>256-bit vectors through the portable <c>Vector256</c> operations only, no x86 AVX2 instructions: the
    /// element-by-element store of the percentages and the scalar threshold scan.</summary>
    Vector256,

    /// <summary>128-bit vectors at most, as on Arm64 or x64 without AVX2: the 2-wide streak words, the scalar loops
    /// everywhere else.</summary>
    Vector128,

    /// <summary>No vectors: the scalar loops, as on netstandard2.0.</summary>
    Scalar,
}
