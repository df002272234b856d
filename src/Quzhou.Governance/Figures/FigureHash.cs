namespace Quzhou.Governance.Figures;

/// <summary>
/// Combines hash codes without <c>System.HashCode</c>: the netstandard2.0 build would need
/// Microsoft.Bcl.HashCode at run time, which the test host for that build does not deploy.
/// </summary>
internal static class FigureHash
{
    internal static int Combine(int first, int second) => unchecked((first * 397) ^ second);

    internal static int Combine(int first, int second, int third) => Combine(Combine(first, second), third);
}
