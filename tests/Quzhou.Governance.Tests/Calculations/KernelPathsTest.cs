using System;
using System.Threading;
#if !LIBRARY_NETSTANDARD
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif
using Quzhou.Governance.Calculations;
using Xunit;

namespace Quzhou.Governance.Tests.Calculations;

/// <summary>
/// The internal switch that narrows the vector kernels' paths for tests (<see cref="KernelPaths"/>): each limit allows
/// exactly what its documentation says on this machine, it starts at the widest on every thread, and a limit set on
/// one thread is not seen on another (xunit runs test classes in parallel).
/// </summary>
public class KernelPathsTest
{
    [Theory]
    [InlineData(0, true, true, true)] // KernelPath.Widest
    [InlineData(1, false, true, true)] // Vector256
    [InlineData(2, false, false, true)] // Vector128
    [InlineData(3, false, false, false)] // Scalar
    public void Use_EachLimit_AllowsWhatTheMachineHasUpToIt(int path, bool avx2, bool vector256, bool vector128)
    {
        var limit = (KernelPath)path;
        var seen = KernelPathsProperties.Under(limit, () => (KernelPaths.Limit, KernelPaths.UseAvx2, KernelPaths.UseVector256, KernelPaths.UseVector128));
#if LIBRARY_NETSTANDARD
        // The netstandard2.0 build has no vector kernels: nothing is ever allowed.
        var (hasAvx2, has256, has128) = (false, false, false);
#else
        var (hasAvx2, has256, has128) = (Avx2.IsSupported, Vector256.IsHardwareAccelerated, Vector128.IsHardwareAccelerated);
#endif
        Assert.Equal((limit, avx2 && hasAvx2, vector256 && has256, vector128 && has128), seen);
        Assert.Equal(KernelPath.Widest, KernelPaths.Limit);
    }

    [Fact]
    public void Limit_AnotherThread_StartsAtTheWidestAndIsNotSeenHere()
    {
        var before = KernelPaths.Limit;
        var other = KernelPath.Scalar;
        var otherAvx2 = true;
        var thread = new Thread(() =>
        {
            other = KernelPaths.Limit;
            KernelPaths.Limit = KernelPath.Vector128;
            otherAvx2 = KernelPaths.UseAvx2;
        });
        KernelPaths.Limit = KernelPath.Scalar;
        try
        {
            thread.Start();
            thread.Join();
            Assert.Equal(KernelPath.Scalar, KernelPaths.Limit);
        }
        finally
        {
            KernelPaths.Limit = before;
        }

        Assert.Equal(KernelPath.Widest, other);
        Assert.False(otherAvx2);
    }

    [Fact]
    public void Under_ATestThatThrows_RestoresTheLimit()
    {
        Assert.Throws<InvalidOperationException>(() => KernelPathsProperties.Under<int>(KernelPath.Scalar, () => throw new InvalidOperationException()));
        Assert.Equal(KernelPath.Widest, KernelPaths.Limit);
    }
}
