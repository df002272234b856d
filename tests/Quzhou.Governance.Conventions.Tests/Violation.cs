namespace Quzhou.Governance.Conventions.Tests;

/// <summary>One place where the code breaks a convention.</summary>
/// <param name="File">The source file, relative to the repository (or as a bad example names it).</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Type">The type where it happens.</param>
/// <param name="Member">The member (or the used symbol), empty for the type itself.</param>
/// <param name="What">What is wrong.</param>
public sealed record Violation(string File, int Line, string Type, string Member, string What)
{
    public override string ToString() =>
        $"{File}:{Line}: {Type}{(Member.Length == 0 ? "" : " " + Member)}: {What}";
}
