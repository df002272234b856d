#!/usr/bin/env bash
# The code base both Roslyn-rule measurements compile (eng/measure-analyzer-speed.sh, by -reportanalyzer,
# and eng/measure-analyzer-share.sh, in process): about 50,000 lines in 78 files that use the library
# (quantities, figures, rounding, conversions, loops over arrays with offsets) — mostly code the rules
# must not flag, plus one `Math.Round(x, 2)` and one `new Percentage((decimal)d)` in every 50th class
# (16 of each) — and a project Speed.csproj that compiles it against the Release library, with our
# analyzers only when built with -p:QuzhouRules=true (the SDK's default analyzers on in both).
#   bash eng/measure-analyzer-codebase.sh <folder> <library dll> <analyzers dll>
set -euo pipefail
work=$1
lib=$2
rules=$3
mkdir -p "$work"

cat > "$work/Speed.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <NoWarn>\$(NoWarn);CS1591</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="$lib" />
    <PackageReference Include="NodaTime" Version="3.3.7" />
    <Analyzer Include="$rules" Condition="'\$(QuzhouRules)' == 'true'" />
  </ItemGroup>
</Project>
XML

python3 - "$work" <<'PY'
import os, sys
out = sys.argv[1]
template = '''
public static class Report{i}
{{
    private static readonly decimal[] Weights = {{ 1.5m, 2.25m, 0.75m, {i}m }};

    public static decimal Share(long part, long whole) => Rounding.HalfAwayFromZero(part * 100, whole, 2);

    public static decimal Rounded(decimal x) => Math.Round(x, 2, MidpointRounding.AwayFromZero);

    public static decimal Banker(decimal x) => Math.Round(x, 1, MidpointRounding.ToEven);

    public static decimal Floor(decimal x) => Math.Floor(x) + Math.Truncate(x * 10m) / 10m;

    public static double Plain(double x) => Math.Sqrt(Math.Abs(x)) + Math.Max(x, {i});

    public static Percentage Level(decimal value) => new Percentage(value);

    public static Percentage FromCounts(long cleared, long cases) => Percentage.FromFraction((decimal)cleared / cases);

    public static Percentage FromWhole(int whole) => Percentage.FromPercent(Convert.ToDecimal(whole));

    public static PercentagePoints Gap(Percentage current, Percentage previous) => current - previous;

    public static RelativeChange Change(long current, long baseValue) => RelativeChange.Between(current, baseValue);

    public static PublishedFigure Publish(decimal value) => PublishedFigure.FromValue(value, 2, FigureUnit.Percent);

    public static decimal Weighted(decimal[] values)
    {{
        var total = 0m;
        for (var i = 0; i < values.Length; i++)
        {{
            total += values[i] * Weights[i % Weights.Length];
        }}

        return Rounding.HalfAwayFromZero(total, 2);
    }}

    public static decimal YearOnYear(decimal[] values)
    {{
        var sum = 0m;
        for (var i = 12; i < values.Length; i++)
        {{
            if (values[i - 12] != 0m)
            {{
                sum += values[i] / values[i - 12];
            }}
        }}

        return sum;
    }}

    public static List<string> Labels(IEnumerable<Percentage> levels)
    {{
        var labels = new List<string>();
        foreach (var level in levels)
        {{
            labels.Add(level.ToString());
        }}

        return labels;
    }}
{extra}}}
'''
flagged = '''
    public static decimal Careless(decimal x) => Math.Round(x, 2);

    public static Percentage FromDouble(double share) => new Percentage((decimal)share);
'''
lines = 0
classes = 0
file_index = 0
while lines < 50000:
    body = ["using System;", "using System.Collections.Generic;", "using Quzhou.Governance.Figures;",
            "using Quzhou.Governance.Quantities;", "", f"namespace Generated.Part{file_index};"]
    for _ in range(10):
        body.append(template.format(i=classes, extra=flagged if classes % 50 == 0 else ""))
        classes += 1
    text = "\n".join(body)
    open(os.path.join(out, f"Part{file_index}.cs"), "w").write(text)
    lines += text.count("\n") + 1
    file_index += 1
print(f"generated {lines} lines in {file_index} files ({classes} classes)")
PY
