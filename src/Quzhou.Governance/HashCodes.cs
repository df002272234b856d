namespace Quzhou.Governance;

/// <summary>
/// Combines hash codes for the whole library. Not <c>System.HashCode</c>: the netstandard2.0 build would then
/// depend on Microsoft.Bcl.HashCode at run time for one multiply-add.
/// </summary>
internal static class HashCodes
{
    internal static int Combine(int a, int b) => unchecked((a * -1521134295) + b);

    internal static int Combine(int a, int b, int c) => Combine(Combine(a, b), c);

    internal static int Combine(int a, int b, int c, int d) => Combine(Combine(a, b, c), d);

    internal static int Combine(int a, int b, int c, int d, int e) => Combine(Combine(a, b, c, d), e);
}
