using Quzhou.Governance.Conventions.Tests.Checks;
using Xunit;

namespace Quzhou.Governance.Conventions.Tests.Tests;

public sealed class OrganisationalNamesCheckTest
{
    [Fact]
    public void FindInTests_Repository_NoViolation() =>
        Expect.None(OrganisationalNamesCheck.FindInTests(SourceCompilation.TestSources()));

    [Fact]
    public void FindInLibrary_Library_NoViolation() =>
        Expect.None(OrganisationalNamesCheck.FindInLibrary(SourceCompilation.Library));

    [Fact]
    public void WordsOf_TestName_SplitsAtUnderscoresAndCapitals() =>
        Assert.Equal(["Quantity", "Types", "Are", "The", "Eight", "Of", "The", "Issue", "HTTP", "Value", "2025"],
            OrganisationalNamesCheck.WordsOf("QuantityTypes_AreTheEightOfTheIssue_HTTPValue2025"));

    [Fact]
    public void FindInTests_NamesAboutTheProject_ReportsEach()
    {
        var tree = SourceCompilation.Parse("tests/Bad/NamesTest.cs", """
            using Xunit;
            namespace Bad;
            public sealed class SessionNotesTest
            {
                [Fact] public void QuantityTypes_AreTheEightOfTheIssue() { }
                [FsCheck.Xunit.Property] public bool IsAttainable_Shares_AnswersReviewer() => true;
                [Theory] public void Parse_Percent_ReadsTheValue() { }
                public void Issues() { }
            }
            """);
        Expect.Found(OrganisationalNamesCheck.FindInTests([tree]),
            ("SessionNotesTest", "QuantityTypes_AreTheEightOfTheIssue", "“Issue”"),
            ("SessionNotesTest", "IsAttainable_Shares_AnswersReviewer", "“Reviewer”"),
            ("SessionNotesTest", "", "“Session”"));
    }

    [Fact]
    public void FindInLibrary_PublicNamesAboutTheProject_ReportsEach()
    {
        var compilation = Expect.Compiles(SourceCompilation.Compile(("Bad/Names.cs", """
            namespace Bad;
            public static class ReviewerNotes
            {
                public static int OpenIssues(int ticket) => ticket;
                internal static int SessionCount() => 0;
                public static int Count() => 0;
            }
            """)));
        Expect.Found(OrganisationalNamesCheck.FindInLibrary(compilation),
            ("Bad.ReviewerNotes", "", "“Reviewer”"),
            ("Bad.ReviewerNotes", "OpenIssues(int)", "“Issues”"),
            ("Bad.ReviewerNotes", "OpenIssues(int)", "“ticket”"));
    }
}
