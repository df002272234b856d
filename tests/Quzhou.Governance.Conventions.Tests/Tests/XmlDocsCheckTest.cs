using Quzhou.Governance.Conventions.Tests.Checks;
using Xunit;

namespace Quzhou.Governance.Conventions.Tests.Tests;

public sealed class XmlDocsCheckTest
{
    [Fact]
    public void Find_Library_NoViolation() => Expect.None(XmlDocsCheck.Find(SourceCompilation.Library));

    [Fact]
    public void Find_UndocumentedPublicMembers_ReportsEach()
    {
        var compilation = Expect.Compiles(SourceCompilation.Compile(("Bad/Docs.cs", """
            namespace Bad;
            /// <summary>Documented.</summary>
            public class Documented
            {
                public void Bare() { }
                /// <inheritdoc/>
                public override string ToString() => "";
                /// <summary>Documented.</summary>
                public int Size { get; }
                public enum Kind { /// <summary>One.</summary>
                    One }
                internal void Hidden() { }
            }
            public class Undocumented { }
            """)));
        Expect.Found(XmlDocsCheck.Find(compilation),
            ("Bad.Documented", "Bare()", "no XML docs"),
            ("Bad.Documented.Kind", "", "no XML docs"),
            ("Bad.Undocumented", "", "no XML docs"));
    }
}
