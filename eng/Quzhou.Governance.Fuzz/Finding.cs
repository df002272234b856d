namespace Quzhou.Governance.Fuzz;

/// <summary>One broken law: which reader, which law, the input that broke it and what happened.</summary>
internal sealed record Finding(string Reader, string Law, string Input, string Detail);
