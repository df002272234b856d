using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Xunit;

namespace Quzhou.Governance.Cli.Tests;

/// <summary>Every subcommand and option over bad arguments: exit 2, one message on stderr, nothing on stdout,
/// no stack frame and no .NET type name.</summary>
public partial class ProgramTest
{
    public static TheoryData<string[]> BadArguments()
    {
        var data = new TheoryData<string[]>();
        void Add(params string[] args) => data.Add(args);

        // The root.
        Add();
        Add("bogus");
        Add("--bogus");

        // period <text>
        Add("period");
        Add("period", string.Empty);
        Add("period", "2025-Q5");
        Add("period", "2025-Q3", "2025-Q4");
        Add("period", "2025-Q3", "--bogus");
        Add("period", "1—10月");
        Add("period", "“一百零一五”");
        Add("period", "“十四五”以来");
        Add("period", "“十三五”同期");

        // period --year
        Add("period", "1—10月", "--year");
        Add("period", "1—10月", "--year", "abc");
        Add("period", "1—10月", "--year", string.Empty);
        Add("period", "1—10月", "--year", "0");
        Add("period", "1—10月", "--year", "-5");
        Add("period", "1—10月", "--year", "99999");
        Add("period", "1—10月", "--year", "2025.0");
        Add("period", "1—10月", "--year", "99999999999999999999");
        Add("period", "1—10月", "--year", "2024", "--year", "2025");
        Add("period", "2025年1—10月", "--year", "2024");
        Add("period", "2025-Q3", "--year", "2025");
        Add("period", "“十四五”以来", "--year", "2025", "--end", "2025-10");
        Add("period", "“十三五”同期", "--year", "2025", "--end", "2025-10");
        Add("period", "1—10月", "--year", "2025", "--end", "2025-10");

        // period --end
        Add("period", "“十四五”以来", "--end");
        Add("period", "“十四五”以来", "--end", "abc");
        Add("period", "“十四五”以来", "--end", string.Empty);
        Add("period", "“十四五”以来", "--end", "2025-13");
        Add("period", "“十四五”以来", "--end", "2025-10", "--end", "2025-11");
        Add("period", "“十四五”以来", "--end", "2020-10");
        Add("period", "2025-Q3", "--end", "2025-10");
        Add("period", "“十四五”", "--end", "2025-10");
        Add("period", "“十四五”开局之年", "--end", "2025-10");
        Add("period", "“十三五”同期", "--end", "2030-10");
        Add("period", "“十三五”同期", "--end", "2019-10");
        Add("period", "“十三五”同期", "--end", "2020-12-31");
        Add("period", "“一百五”同期", "--end", "2460-10");
        Add("period", "“九十九五”同期", "--end", "2030-10");

        // figure <text>
        Add("figure");
        Add("figure", string.Empty);
        Add("figure", "abc");
        Add("figure", "97.18%", "98%");
        Add("figure", "97.18%", "--bogus");

        // figure --denominator
        Add("figure", "97.18%", "--denominator");
        Add("figure", "97.18%", "--denominator", "0");
        Add("figure", "97.18%", "--denominator", "-5");
        Add("figure", "97.18%", "--denominator", "abc");
        Add("figure", "97.18%", "--denominator", "1.5");
        Add("figure", "97.18%", "--denominator", string.Empty);
        Add("figure", "97.18%", "--denominator", "99999999999999999999");
        Add("figure", "97.18%", "--denominator", "1000", "--denominator", "2000");
        Add("figure", "1360余人", "--denominator", "1000");
        Add("figure", "19万余次", "--denominator", "1000");
        Add("figure", "翻一番", "--denominator", "1000");
        Add("figure", "0", "--denominator", "1000");

        // explain <file>
        Add("explain");
        Add("explain", string.Empty);
        Add("explain", "no-such-file.txt");
        Add("explain", "no-such-file.txt", "other.txt");
        Add("explain", "no-such-file.txt", "--bogus");
        Add("explain", "bad\0name.txt");
        Add("explain", BadFiles.Directory);
        Add("explain", BadFiles.NoEncoding);
        Add("explain", BadFiles.Utf16WithoutBom);
        Add("explain", BadFiles.TruncatedUtf8);
        Add("explain", BadFiles.LongLine);

        // review, audit
        Add("review", "extra");
        Add("review", "--bogus");
        Add("review", "--format");
        Add("review", "--format", "pdf");
        Add("review", "--format", string.Empty);
        Add("review", "--lang", "fr");
        Add("review", "--format", "json", "--format", "html");
        Add("review", "--data", "no-such-file.csv");
        Add("review", "--claims", "no-such-file.json");
        Add("review", "--data", string.Empty, "--claims", "no-such-file.json");
        Add("review", "--data", "no-such-file.csv", "--claims", "no-such-file.json");
        Add("review", "--data", BadFiles.Gbk, "--claims", BadFiles.Gbk);
        Add("review", "--data", BadFiles.Directory, "--claims", BadFiles.Gbk);
        Add("review", "--data", "bad\0name.csv", "--claims", "no-such-file.json");
        Add("review", "--output", string.Empty);
        Add("review", "--output", BadFiles.Directory);
        Add("audit", "--claims", "no-such-file.json");
        Add("audit", "--claims", BadFiles.Gbk);
        Add("audit", "--claims", BadFiles.Directory);
        Add("audit", "--format", "html");
        Add("audit", "--lang", "fr");
        Add("audit", "extra");
        return data;
    }

    [Theory]
    [MemberData(nameof(BadArguments))]
    public void Run_BadArguments_ExitTwoWithOneMessageAndNoOutput(string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(Program.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.NotEqual(string.Empty, error.Trim());
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
        Assert.True(error.Length < 1000, "stderr is " + error.Length + " characters");
        Assert.True(error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 3, error);
    }

    [Fact]
    public void Period_YearNotANumber_NamesTheOptionNotAType()
    {
        var (code, output, error) = Run("period", "1—10月", "--year", "abc");
        Assert.Equal(Program.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("--year: expected a year from 1 to 9999", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Nullable", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("99999")]
    public void Period_YearOutOfRange_SaysTheRange(string year)
    {
        var (code, _, error) = Run("period", "1—10月", "--year", year);
        Assert.Equal(Program.BadInput, code);
        Assert.Contains("1 to 9999", error, StringComparison.Ordinal);
        Assert.Contains(year, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_EndTheTextDoesNotUse_SaysSo()
    {
        var (code, output, error) = Run("period", "2025-Q3", "--end", "2025-10");
        Assert.Equal(Program.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("--end does not apply to \"2025-Q3\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_YearThePhraseDoesNotUse_SaysSo()
    {
        var (code, _, error) = Run("period", "2025年1—10月", "--year", "2024");
        Assert.Equal(Program.BadInput, code);
        Assert.StartsWith("--year does not apply", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_SinceStartWithEndBeforePlan_NamesBothDates()
    {
        var (code, output, error) = Run("period", "“十四五”以来", "--end", "2020-10");
        Assert.Equal(Program.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("2021-01-01", error, StringComparison.Ordinal);
        Assert.Contains("2020-10-31", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_SameSpanWithEndOutsideNextPlan_NamesThePlan()
    {
        var (code, output, error) = Run("period", "“十三五”同期", "--end", "2030-10");
        Assert.Equal(Program.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("14th Five-Year Plan (2021–2025)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_SameSpanOfLastPlan_SaysThereIsNoNextPlan()
    {
        var (code, _, error) = Run("period", "“一百五”同期", "--end", "2460-10");
        Assert.Equal(Program.BadInput, code);
        Assert.Contains("past the last Five-Year Plan", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Period_SinceStartWithoutEnd_AsksForEnd()
    {
        var (code, output, error) = Run("period", "“十四五”以来");
        Assert.Equal(Program.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--end", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Figure_DenominatorZero_PrintsNoExplanation()
    {
        var (code, output, error) = Run("figure", "97.18%", "--denominator", "0");
        Assert.Equal(Program.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("--denominator: expected a whole number", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Figure_DenominatorOnCount_SaysItIsNotAFraction()
    {
        var (code, output, error) = Run("figure", "1360余人", "--denominator", "5");
        Assert.Equal(Program.BadInput, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("not a fraction", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Figure_LongText_QuotesAWindowOnly()
    {
        var text = "97.18%" + new string('x', 100_000);
        var (code, _, error) = Run("figure", text);
        Assert.Equal(Program.BadInput, code);
        Assert.True(error.Length < 300, error);
        Assert.Contains("position 6", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OutputFails_ExitsOneWithOneLineAndNoStackTrace()
    {
        using var output = new FailingWriter();
        using var error = new StringWriter();
        var code = Program.Run(["figure", "97.18%"], output, error);
        Assert.Equal(Program.InternalError, code);
        var message = error.ToString();
        Assert.StartsWith("qzgov: internal error (IOException)", message, StringComparison.Ordinal);
        Assert.Single(message.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_ExitsZero()
    {
        var (code, output, _) = Run("period", "--help");
        Assert.Equal(Program.Success, code);
        Assert.Contains("--year", output, StringComparison.Ordinal);
        Assert.Contains("--end", output, StringComparison.Ordinal);
    }

    private sealed class FailingWriter : StringWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("The pipe is closed.");

        public override void Write(string? value) => throw new IOException("The pipe is closed.");

        public override void Write(char[] buffer, int index, int count) => throw new IOException("The pipe is closed.");
    }
}
