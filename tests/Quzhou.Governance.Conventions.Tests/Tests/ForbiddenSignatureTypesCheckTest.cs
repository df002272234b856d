using Quzhou.Governance.Conventions.Tests.Checks;
using Xunit;

namespace Quzhou.Governance.Conventions.Tests.Tests;

public sealed class ForbiddenSignatureTypesCheckTest
{
    [Fact]
    public void Find_Library_NoViolation() => Expect.None(ForbiddenSignatureTypesCheck.Find(SourceCompilation.Library));

    [Fact]
    public void Find_FloatingPointAndClockTypes_ReportsEachPublicUse()
    {
        var compilation = Expect.Compiles(SourceCompilation.Compile(("Bad/Signatures.cs", """
            using System;
            using System.Collections.Generic;
            namespace Bad;
            public class Report
            {
                public double Rate() => 0;
                public void At(DateTime[] times) { }
                public IReadOnlyList<float> Shares { get; } = [];
                public DateTimeOffset? Published;
                protected (decimal, double) Pair() => default;
                internal double Hidden() => 0;
                private double hidden;
                public decimal Exact() => (decimal)hidden;
            }
            """)));
        Expect.Found(ForbiddenSignatureTypesCheck.Find(compilation),
            ("Bad.Report", "Rate()", "double"),
            ("Bad.Report", "At(DateTime[])", "DateTime"),
            ("Bad.Report", "Shares", "float"),
            ("Bad.Report", "Published", "DateTimeOffset"),
            ("Bad.Report", "Pair()", "double"));
    }
}
