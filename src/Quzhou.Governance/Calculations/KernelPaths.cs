using System;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif

namespace Quzhou.Governance.Calculations;

/// <summary>
/// The one switch behind every <c>IsHardwareAccelerated</c> / <c>IsSupported</c> guard of the calculations' vector
/// kernels (<see cref="BulkKernels"/>, <see cref="PercentKernels"/>, the streak words, <see cref="Kernels"/>' block
/// sums): internal, for tests, which set <see cref="Limit"/> to run on this machine the narrower paths that machines
/// without AVX2 or without 256-bit vectors take, and hold them to the widest path and to a scalar reference.
/// </summary>
/// <remarks>
/// The limit is per thread (<see cref="ThreadStaticAttribute"/>), so tests running in parallel do not see each
/// other's; it starts at <see cref="KernelPath.Widest"/> on every thread, where each property is the machine's own
/// answer. A kernel asks once per call (once per row), never per element; the hardware half of each property is a
/// JIT-time constant, and until some thread has set a limit the thread-static is not even read (one plain static
/// bool, <c>narrowed</c>, says so), so outside the tests a guard costs one load of a static.
/// </remarks>
internal static class KernelPaths
{
    [ThreadStatic]
    private static KernelPath limit;

#if NET8_0_OR_GREATER
    /// <summary>Whether any thread has ever set <see cref="Limit"/> (never reset): until then every thread's is the widest.</summary>
    private static bool narrowed;
#endif

    /// <summary>The widest path the kernels may take on this thread; <see cref="KernelPath.Widest"/> unless a test set it.</summary>
    internal static KernelPath Limit
    {
        get => limit;
        set
        {
#if NET8_0_OR_GREATER
            narrowed = true;
#endif
            limit = value;
        }
    }

    /// <summary>Whether the kernels may use x86 AVX2 instructions (<c>Avx2.Multiply</c>, its unpack and permute).</summary>
    internal static bool UseAvx2 =>
#if NET8_0_OR_GREATER
        Avx2.IsSupported && (!narrowed || limit == KernelPath.Widest);
#else
        false;
#endif

    /// <summary>Whether the kernels may use 256-bit vectors.</summary>
    internal static bool UseVector256 =>
#if NET8_0_OR_GREATER
        Vector256.IsHardwareAccelerated && (!narrowed || limit <= KernelPath.Vector256);
#else
        false;
#endif

    /// <summary>Whether the kernels may use 128-bit vectors.</summary>
    internal static bool UseVector128 =>
#if NET8_0_OR_GREATER
        Vector128.IsHardwareAccelerated && (!narrowed || limit <= KernelPath.Vector128);
#else
        false;
#endif
}
