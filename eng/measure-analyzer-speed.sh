#!/usr/bin/env bash
# The speed of the Roslyn rules: generates a code base of about 50,000 lines that uses the library
# (quantities, figures, rounding, conversions, loops over arrays with offsets — mostly code the rules
# must not flag, a few lines they must), compiles it with the compiler's -reportanalyzer, with and
# without our analyzers (the SDK's default analyzers on in both), and prints our analyzers' share of
# the compile. Needs the Release build of the library and the analyzers (dotnet build -c Release).
#   bash eng/measure-analyzer-speed.sh [runs]   (default 3 runs of each; the median is reported)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-3}
lib="$root/src/Quzhou.Governance/bin/Release/net10.0/Quzhou.Governance.dll"
rules="$root/src/Quzhou.Governance.Analyzers/bin/Release/netstandard2.0/Quzhou.Governance.Analyzers.dll"
for f in "$lib" "$rules"; do
  [ -f "$f" ] || { echo "missing $f: run dotnet build Quzhou.Governance.sln -c Release first"; exit 1; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/qg-speed.XXXXXX")
[ -n "${QG_SPEED_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT

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

dotnet restore "$work/Speed.csproj" -nologo -v:q > /dev/null
measure() { # $1 = true/false: with our rules; prints "csc_ms ours_ms all_analyzers_ms"
  local log="$work/build-$1.txt"
  dotnet build "$work/Speed.csproj" -c Release --no-restore -nologo -t:Rebuild -p:QuzhouRules="$1" \
    -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary > "$log" 2>&1 || { tail -n 40 "$log"; exit 1; }
  python3 - "$log" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
csc = re.search(r"^\s*(\d+) ms\s+Csc\s+1 calls", text, re.M)
total = re.search(r"Total analyzer execution time:\s*([\d.]+) seconds", text)
ours = re.search(r"^\s*([\d.<]+)\s+\d+\s+Quzhou\.Governance\.Analyzers,", text, re.M)
def secs(m):
    if not m: return 0.0
    v = m.group(1).replace("<", "")
    return float(v)
print(int(csc.group(1)) if csc else -1, int(secs(ours) * 1000), int(secs(total) * 1000))
PY
}
measure true > /dev/null   # warms the compiler server
with=(); without=()
for _ in $(seq "$runs"); do
  without+=("$(measure false)")
  with+=("$(measure true)")
done
echo "load: $(uptime | sed 's/.*load average/load average/')"
echo "our analyzers in the last run with them (seconds, % of all analyzers):"
grep -E "^\s+[<0-9.]+\s+[<0-9]+\s+Quzhou\.Governance\.Analyzers\.[A-Za-z]+ \(QG" "$work/build-true.txt" | sed -E 's/^\s+/  /' || true
grep -E "warning QG[0-9]{4}" "$work/build-true.txt" | sed -E 's/.*warning (QG[0-9]{4}).*/\1/' | sort | uniq -c | sed 's/^/  reported: /' | sort -u
python3 - "$runs" "${without[@]}" "${with[@]}" <<'PY'
import statistics, sys
runs = int(sys.argv[1]); vals = [list(map(int, v.split())) for v in sys.argv[2:]]
without, with_ = vals[:runs], vals[runs:]
med = lambda rows, k: statistics.median(r[k] for r in rows)
print(f"Csc task without our rules: {med(without, 0):.0f} ms (all analyzers {med(without, 2):.0f} ms)")
print(f"Csc task with our rules:    {med(with_, 0):.0f} ms (all analyzers {med(with_, 2):.0f} ms, ours {med(with_, 1):.0f} ms)")
shares = [100 * r[1] / r[0] for r in with_]
print("our share in each run with them: " + ", ".join(f"{x:.1f}%" for x in shares)
      + f"; median {statistics.median(shares):.1f}%")
print(f"our analyzers' share of the compile: {100 * med(with_, 1) / med(with_, 0):.1f}% (by -reportanalyzer), "
      f"difference of the medians {100 * (med(with_, 0) - med(without, 0)) / med(without, 0):+.1f}%")
PY
