namespace Quzhou.Governance.Indicators;

/// <summary>
/// Combines hash codes without <c>System.HashCode</c>, whose netstandard2.0 polyfill assembly
/// (Microsoft.Bcl.HashCode) is not always deployed beside the library.
/// </summary>
internal static class Hashing
{
    internal static int Combine(int a, int b) => unchecked((a * -1521134295) + b);

    internal static int Combine(int a, int b, int c) => Combine(Combine(a, b), c);

    internal static int Combine(int a, int b, int c, int d) => Combine(Combine(a, b, c), d);

    internal static int Combine(int a, int b, int c, int d, int e) => Combine(Combine(a, b, c, d), e);
}
