using Quzhou.Governance.Conventions.Tests.Checks;
using Xunit;

namespace Quzhou.Governance.Conventions.Tests.Tests;

public sealed class DefaultValueDocCheckTest
{
    [Fact]
    public void Find_Library_NoViolation() => Expect.None(DefaultValueDocCheck.Find(SourceCompilation.Library));

    [Fact]
    public void Find_StructsSilentOnTheirDefault_ReportsEach()
    {
        var compilation = Expect.Compiles(SourceCompilation.Compile(("Bad/Defaults.cs", """
            namespace Bad;
            /// <summary>A count.</summary>
            /// <remarks>The default value is zero.</remarks>
            public readonly struct Said { }
            /// <summary>A count of people.</summary>
            public readonly struct Silent { }
            /// <summary>A count; see <see cref="Default"/>.</summary>
            public readonly struct OnlyInACref { /// <summary>Zero.</summary>
                public static OnlyInACref Default => new(); }
            public readonly struct Undocumented { }
            """)));
        Expect.Found(DefaultValueDocCheck.Find(compilation),
            ("Bad.Silent", "", "default"),
            ("Bad.OnlyInACref", "", "default"),
            ("Bad.Undocumented", "", "default"));
    }
}
