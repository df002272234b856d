#!/usr/bin/env bash
# The speed of the Roslyn rules, as the build sees it: generates the code base of about 50,000 lines
# (eng/measure-analyzer-codebase.sh), compiles it with the compiler's -reportanalyzer, with and
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

bash "$root/eng/measure-analyzer-codebase.sh" "$work" "$lib" "$rules"

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
