using System;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using Quzhou.Governance.Claims;
using Quzhou.Governance.Figures;
using Quzhou.Governance.Periods;
using Quzhou.Governance.Series;
using Xunit;

namespace Quzhou.Governance.Data.Tests;

/// <summary>Claims as JSON: the interview's panel loads with every part, saves back equal, keeps each figure's
/// precision and qualifier, and every bad value names its line, column and JSON path.</summary>
public class ClaimsJsonTest
{
    private static readonly LocalDate Published = new(2025, 11, 28);

    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", "review", name);

    private static Claim Juvenile(CalendarPeriod? period = null) => new(
        "juvenile-crime",
        ClaimKind.RelativeChange,
        [new ClaimSubject("未成年人犯罪案件", "juvenile-crime.cases", "Juvenile crime cases"), new ClaimSubject("人数", "juvenile-crime.offenders")],
        [PublishedFigure.Parse("下降6.67%"), PublishedFigure.Parse("下降13.53%")],
        ClaimBase.YearOnYear,
        RegionCode.Quzhou,
        Published,
        period);

    private static System.Collections.Generic.IReadOnlyList<Claim> Read(string json) =>
        ClaimsJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "claims.json");

    private static DataFileError ReadError(string json) =>
        Assert.Throws<DataFileException>(() => Read(json)).Error;

    private static string OneClaim(string fields) =>
        "{\"claims\": [{\"id\": \"a\", " + fields + "}]}";

    [Fact]
    public void Load_InterviewClaims_HasThePanelAndProse()
    {
        var claims = ClaimsJson.Load(Example("interview-claims.json"));
        Assert.Equal(21, claims.Count);
        Assert.All(claims, c => Assert.Equal(Published, c.Published));
        Assert.All(claims, c => Assert.Equal(RegionCode.Quzhou, c.Region));
        var crimes = claims.Single(c => c.Id == "public-security");
        Assert.Equal("全市刑事案件、命案总量、盗窃案件、“两抢”案件较“十三五”同期分别下降31.3%、17.5%、9.2%和82.2%", crimes.ToString("zh", null));
        Assert.Equal(ClaimBase.AgainstPlan(FiveYearPlan.FromOrdinal(13)), claims.Single(c => c.Id == "production-safety.prose").Base);
        Assert.Equal(ClaimBase.AgainstPlanSameSpan(FiveYearPlan.FromOrdinal(13)), claims.Single(c => c.Id == "production-safety.panel").Base);
        Assert.Equal(ClaimBase.RecentYears(5), claims.Single(c => c.Id == "border-incidents").Base);
        Assert.Null(claims.Single(c => c.Id == "juvenile-crime").Period);
        Assert.Equal("电信网络诈骗发案数、损失数持续58个月保持“双下降”", claims.Single(c => c.Id == "telecom-fraud.streak").ToString("zh", null));
        Assert.Equal("生产安全事故“0”发生", claims.Single(c => c.Id == "production-safety.zero").ToString("zh", null));
        Assert.Equal(FigureQualifier.AtLeast, claims.Single(c => c.Id == "local-resolution").Figures[0].Qualifier);
        Assert.Equal(Magnitude.TenThousand, claims.Single(c => c.Id == "legal-services").Figures[0].Magnitude);
    }

    [Fact]
    public void Save_InterviewClaims_LoadsEqual()
    {
        var claims = ClaimsJson.Load(Example("interview-claims.json"));
        using var file = new TempFile(".json");
        ClaimsJson.Save(claims, file.Path);
        Assert.Equal(claims, ClaimsJson.Load(file.Path));
    }

    [Fact]
    public void Write_Figures_KeepsPrecisionQualifierAndChinese()
    {
        var claim = new Claim(
            "rate",
            ClaimKind.Level,
            [new ClaimSubject("满意率")],
            [PublishedFigure.Parse("97.10%")],
            ClaimBase.None,
            RegionCode.Quzhou,
            Published,
            CalendarPeriod.Parse("2021-01/2025-10"));
        using var stream = new MemoryStream();
        ClaimsJson.Write([claim], stream);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("\"97.10%\"", text, StringComparison.Ordinal);
        Assert.Contains("\"满意率\"", text, StringComparison.Ordinal);
        Assert.Contains("\"period\": \"2021-01/2025-10\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"base\"", text, StringComparison.Ordinal);
        stream.Position = 0;
        var back = Assert.Single(ClaimsJson.Read(stream, "rate.json"));
        Assert.Equal(claim, back);
        Assert.Equal(2, back.Figures[0].Decimals);
    }

    [Fact]
    public void Write_StatedAndUnstatedPeriod_RoundTrip()
    {
        foreach (var claim in new[] { Juvenile(), Juvenile(CalendarPeriod.ForYear(2024)) })
        {
            using var stream = new MemoryStream();
            ClaimsJson.Write([claim], stream);
            stream.Position = 0;
            Assert.Equal(claim, Assert.Single(ClaimsJson.Read(stream, "c.json")));
        }
    }

    [Fact]
    public void Read_NullPeriod_IsUnstated()
    {
        var claim = Assert.Single(Read(OneClaim("\"kind\": \"level\", \"subjects\": [{\"text\": \"满意率\"}], \"figures\": [\"97.18%\"], \"region\": \"330800\", \"published\": \"2025-11-28\", \"period\": null")));
        Assert.Null(claim.Period);
    }

    [Fact]
    public void Write_SameIdTwice_Throws()
    {
        using var stream = new MemoryStream();
        Assert.Throws<ArgumentException>(() => ClaimsJson.Write([Juvenile(), Juvenile()], stream));
    }

    [Theory]
    [InlineData("\"kind\": \"rate\"", "$.claims[0].kind", "a claim kind", "rate")]
    [InlineData("\"kind\": \"level\", \"subjects\": [{\"text\": \"满意率\"}], \"figures\": [\"97.18％％\"], \"region\": \"330800\", \"published\": \"2025-11-28\"", "$.claims[0].figures[0]", "a figure as printed", "97.18％％")]
    [InlineData("\"kind\": \"level\", \"subjects\": [{\"text\": \"满意率\"}], \"figures\": [\"97.18%\"], \"region\": \"330800\", \"published\": \"2025-11-31\"", "$.claims[0].published", "a publication date", "2025-11-31")]
    [InlineData("\"kind\": \"level\", \"subjects\": [{\"text\": \"满意率\"}], \"figures\": [\"97.18%\"], \"region\": \"990800\", \"published\": \"2025-11-28\"", "$.claims[0].region", "province", "990800")]
    [InlineData("\"kind\": \"relative-change\", \"subjects\": [{\"text\": \"案件\"}], \"figures\": [\"下降6.67%\"], \"base\": \"plan-same-span:0\", \"region\": \"330800\", \"published\": \"2025-11-28\"", "$.claims[0].base", "a base", "plan-same-span:0")]
    [InlineData("\"kind\": \"relative-change\", \"subjects\": [{\"text\": \"案件\"}], \"figures\": [\"下降6.67%\"], \"base\": \"year-on-year\", \"region\": \"330800\", \"published\": \"2025-11-28\", \"period\": \"2025-13\"", "$.claims[0].period", "a period", "2025-13")]
    [InlineData("\"kind\": \"level\", \"subjects\": [{\"text\": \"\"}], \"figures\": [\"97.18%\"], \"region\": \"330800\", \"published\": \"2025-11-28\"", "$.claims[0].subjects[0].text", "not empty", "")]
    [InlineData("\"kind\": \"level\", \"subjects\": [{\"text\": \"满意率\", \"code\": \"x\"}], \"figures\": [\"97.18%\"], \"region\": \"330800\", \"published\": \"2025-11-28\"", "$.claims[0].subjects[0].code", "a field of a subject", "code")]
    [InlineData("\"kind\": \"level\", \"subjects\": [{\"text\": \"满意率\"}], \"figures\": [\"97.18%\"], \"region\": \"330800\", \"published\": \"2025-11-28\", \"respectively\": 1", "$.claims[0].respectively", "true or false", "1")]
    [InlineData("\"kind\": \"level\", \"subjects\": [{\"text\": \"满意率\"}], \"figures\": [97.18], \"region\": \"330800\", \"published\": \"2025-11-28\"", "$.claims[0].figures[0]", "a string", "97.18")]
    public void Read_BadValue_NamesPathAndExpected(string fields, string path, string expected, string found)
    {
        var error = ReadError(OneClaim(fields));
        Assert.Equal(path, error.Path);
        Assert.Contains(expected, error.Expected, StringComparison.Ordinal);
        Assert.Equal(found, error.Found);
        Assert.Equal(1, error.Line);
        Assert.True(error.Column > 1);
        Assert.True(error.ByteOffset > 0);
        Assert.StartsWith("claims.json, line 1, column ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingField_NamesTheClaim()
    {
        var error = ReadError(OneClaim("\"kind\": \"level\", \"figures\": [\"97.18%\"], \"region\": \"330800\", \"published\": \"2025-11-28\""));
        Assert.Equal("$.claims[0]", error.Path);
        Assert.Contains("subjects", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_ClaimOfAnother_LoadsTheLink()
    {
        var cases = new Claim("cases", ClaimKind.Count, [new ClaimSubject("调查企业")], [PublishedFigure.Parse("1000家")], ClaimBase.None, RegionCode.Quzhou, Published);
        var rate = new Claim("rate", ClaimKind.Level, [new ClaimSubject("企业满意率")], [PublishedFigure.Parse("97.18%")], ClaimBase.None, RegionCode.Quzhou, Published).WithOf(["cases"]);
        using var stream = new MemoryStream();
        ClaimsJson.Write([cases, rate], stream);
        var json = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("\"of\"", json, StringComparison.Ordinal);
        stream.Position = 0;
        var back = ClaimsJson.Read(stream, "claims.json");
        Assert.Equal(["cases"], back[1].Of);
        Assert.Empty(back[0].Of);
    }

    [Fact]
    public void Read_OfAnIdNotInTheFile_SaysWhichLinkAndWhere()
    {
        var error = ReadError(OneClaim("\"kind\": \"level\", \"subjects\": [{\"text\": \"满意率\"}], \"figures\": [\"97.18%\"], \"region\": \"330800\", \"published\": \"2025-11-28\", \"of\": [\"cases\"]"));
        Assert.Equal("$.claims[0].of[0]", error.Path);
        Assert.Contains("the id of a claim in the file", error.Expected, StringComparison.Ordinal);
        Assert.Equal("cases", error.Found);
    }

    [Fact]
    public void Read_OfItself_SaysThePartsDoNotFit()
    {
        var error = ReadError(OneClaim("\"kind\": \"level\", \"subjects\": [{\"text\": \"满意率\"}], \"figures\": [\"97.18%\"], \"region\": \"330800\", \"published\": \"2025-11-28\", \"of\": [\"a\"]"));
        Assert.Equal("$.claims[0].of", error.Path);
        Assert.Contains("not of itself", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BaseOnALevel_SaysThePartsDoNotFit()
    {
        var error = ReadError(OneClaim("\"kind\": \"level\", \"subjects\": [{\"text\": \"满意率\"}], \"figures\": [\"97.18%\"], \"base\": \"year-on-year\", \"region\": \"330800\", \"published\": \"2025-11-28\""));
        Assert.Equal("$.claims[0].base", error.Path);
        Assert.Contains("a claim whose parts fit its kind level", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FigureNotFittingTheKind_NamesTheFigures()
    {
        var error = ReadError(OneClaim("\"kind\": \"streak\", \"subjects\": [{\"text\": \"案件\"}], \"figures\": [\"下降6.67%\"], \"region\": \"330800\", \"published\": \"2025-11-28\""));
        Assert.Equal("$.claims[0].figures", error.Path);
        Assert.Contains("streak", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SameIdTwice_NamesTheSecond()
    {
        const string claim = "{\"id\": \"a\", \"kind\": \"level\", \"subjects\": [{\"text\": \"满意率\"}], \"figures\": [\"97.18%\"], \"region\": \"330800\", \"published\": \"2025-11-28\"}";
        var error = ReadError("{\"claims\": [\n" + claim + ",\n" + claim + "]}");
        Assert.Equal("$.claims[1].id", error.Path);
        Assert.Equal(3, error.Line);
        Assert.Contains("claim 0", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateProperty_IsRefused()
    {
        var error = ReadError("{\"claims\": [], \"claims\": []}");
        Assert.Equal("$.claims", error.Path);
        Assert.Contains("once", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedJson_GivesLineAndColumn()
    {
        var error = ReadError("{\"claims\": [\n  {\"id\": \"a\",,}\n]}");
        Assert.Null(error.Path);
        Assert.Equal(2, error.Line);
        Assert.StartsWith("well-formed JSON", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotUtf8_GivesTheByteOffset()
    {
        var bytes = new byte[] { (byte)'{', 0xC3, 0x28, (byte)'}' };
        var error = Assert.Throws<DataFileException>(() => ClaimsJson.Read(new MemoryStream(bytes), "gbk.json")).Error;
        Assert.Equal(1, error.ByteOffset);
    }

    [Fact]
    public void Read_UnknownTopLevelProperty_IsRefused()
    {
        var error = ReadError("{\"claims\": [], \"panel\": 1}");
        Assert.Equal("$.panel", error.Path);
    }

    [Fact]
    public void Read_EmptyClaims_IsAnEmptyList()
    {
        Assert.Empty(Read("{\"source\": \"none\", \"claims\": []}"));
    }
}
