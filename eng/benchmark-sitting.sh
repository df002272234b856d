#!/usr/bin/env bash
# The whole like-for-like sitting behind docs/benchmarks.md, in one go, for a QUIET machine: the city classes
# (benchmarks/Quzhou.Governance.Benchmarks/Series: library bulk and table, bare loop, LINQ, Deedle,
# Microsoft.Data.Analysis, DuckDB query and load) out of process with 15 iterations, the province scale
# (Province/, 10,000,000 points, cold copies), and pandas (benchmarks/pandas/pandas_series.py) before and after the
# .NET run at 1M and at 10M. Writes everything under artifacts/sitting/<UTC time>/ and prints the tables to paste
# into docs/benchmarks.md (tables.md there), headed by the machine, the load and the date.
#   bash eng/benchmark-sitting.sh            refuses when the 1-minute load average is above 1.5
#   bash eng/benchmark-sitting.sh --force    runs anyway (the tables then say the load)
#   bash eng/benchmark-sitting.sh --quick    one pass with --job dry in process (to check the script, not for numbers)
# How long: 49 cases (41 city: YearOnYear 12, Rollup 8, SameSpan 4, Streak 9, Threshold 8; 8 province), each in its
# own process: start and setup 3-5 s, pilot 1-2 s, 5 warm-up + 15 measured iterations of 250 ms (or one call, when a
# call is longer: LINQ, Deedle and the province's exact bare loop take 0.3-0.4 s), no overhead evaluation (the
# operations take milliseconds, an empty call nanoseconds): about 12 s a case, 10 minutes of cases. The sitting of
# 2026-12-02 06:51 UTC (40 cases, the build already done, four pandas runs) took 7 min 51 s; with the 9 cases added
# since (the streak's and threshold's Deedle, Data.Analysis, DuckDB query and load, the streak's scalar kernel) about
# 10 minutes on a quiet 2-core machine, 15 at most (plus a Release build when it is not done). The elapsed time is
# printed at the end and kept in machine.txt. The pandas script reads the same panel (one generator rule) and the
# sitting fails when a checksum of the data or of a result printed by the .NET setups and by pandas disagrees.
# Needs python3-pandas for the pandas columns (apt-get install -y python3-pandas); without it they read "not run".
set -uo pipefail
cd "$(dirname "$0")/.."
force=0
quick=0
for arg in "$@"; do
  case "$arg" in
    --force) force=1 ;;
    --quick) quick=1; force=1 ;;
    *) echo "unknown argument $arg" >&2; exit 1 ;;
  esac
done

load() { cut -d' ' -f1 /proc/loadavg; }
if [ "$force" -eq 0 ] && awk -v l="$(load)" 'BEGIN { exit !(l > 1.5) }'; then
  echo "The load average is $(load): this machine is busy, so the sitting would measure the others. Run it when it is quiet, or pass --force." >&2
  exit 1
fi

began=$(date +%s)
stamp=$(date -u +%Y-%m-%dT%H%MZ)
out=artifacts/sitting/$stamp
mkdir -p "$out"
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with local changes)')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores"
  echo "memory: $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "os: $(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "dotnet: $(dotnet --version) (runtime $(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }'))"
  echo "load at start: $(cat /proc/loadavg)"
} | tee "$out/machine.txt"

dotnet build -c Release benchmarks/Quzhou.Governance.Benchmarks -v q > "$out/build.log" 2>&1 || { tail -n 30 "$out/build.log"; exit 1; }

pandas() { # $1 = label, rest = arguments
  local label=$1; shift
  if /usr/bin/python3 -c 'import pandas' 2> /dev/null; then
    echo "== pandas $label ($(load))"
    if [ "$quick" -eq 1 ]; then set -- "$@" --runs 1; fi
    /usr/bin/python3 benchmarks/pandas/pandas_series.py "$@" | tee "$out/pandas-$label.txt"
  else
    echo "pandas: not installed (apt-get install -y python3-pandas); its columns are left out" | tee "$out/pandas-$label.txt"
  fi
}

if [ "$quick" -eq 1 ]; then
  # In process: the dry pass checks the setups (each column against the library) and the tables, not the
  # out-of-process build, which takes minutes on a busy machine.
  job=(--job dry --inProcess)
else
  job=(--warmupCount 5 --iterationCount 15 --launchCount 1 --iterationTime 250 --noOverheadEvaluation --buildTimeout 900)
fi
dotnet_run() { # $1 = label, $2 = filter
  echo "== .NET $1 ($(load)), from $(date -u +%H:%M) UTC"
  dotnet run -c Release --no-build --project benchmarks/Quzhou.Governance.Benchmarks -- \
      --filter "$2" "${job[@]}" --exporters json github --artifacts "$out/$1" > "$out/$1.log" 2>&1
  local rc=$?
  grep -E '^\| ' "$out/$1.log" | grep -vE '^\| *-' || true
  [ "$rc" -eq 0 ] || { tail -n 40 "$out/$1.log"; echo "the $1 benchmarks exited $rc"; exit 1; }
}

pandas city-before
dotnet_run city 'Quzhou.Governance.Benchmarks.Series.*'
pandas city-after
pandas province --series 40000 --cold 3
dotnet_run province 'Quzhou.Governance.Benchmarks.Province.*'
echo "load at end: $(cat /proc/loadavg)" | tee -a "$out/machine.txt"
echo "took: $(( ($(date +%s) - began) / 60 )) min $(( ($(date +%s) - began) % 60 )) s" | tee -a "$out/machine.txt"

python3 - "$out" > "$out/tables.md" <<'PY'
import glob, json, os, re, sys
out = sys.argv[1]

def results(label):
    found = {}
    for path in glob.glob(os.path.join(out, label, "results", "*.json")):
        with open(path, encoding="utf-8") as f:
            for b in json.load(f).get("Benchmarks", []):
                stats, memory = b.get("Statistics") or {}, b.get("Memory") or {}
                if "Mean" in stats:
                    found[b["Type"] + "." + b["Method"]] = (stats["Mean"], stats.get("StandardError", 0) * 3.3, memory.get("BytesAllocatedPerOperation"))
    return found

def pandas(label):
    times = {}
    path = os.path.join(out, f"pandas-{label}.txt")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            m = re.match(r"(\w+): median ([0-9.]+) ms", line)
            if m:
                times[m.group(1)] = float(m.group(2))
    return times

def ms(v):
    if v is None:
        return "—"
    mean, err, _ = v
    return f"{mean / 1e6:.2f} ms ±{err / 1e6:.2f}"

def alloc(v):
    return "—" if v is None or v[2] is None else f"{v[2]:,} B"

print(open(os.path.join(out, "machine.txt"), encoding="utf-8").read().strip().replace("\n", "  \n"))
city, before, after = results("city"), pandas("city-before"), pandas("city-after")
ops = [
    ("同比, exact pairs", "YearOnYearBenchmarks", "Pairs", "yoy_pairs", False),
    ("同比, % at 2 decimals", "YearOnYearBenchmarks", "Percent", "yoy_percent", True),
    ("双下降 longest joint run", "StreakBenchmarks", "", "joint_streak", True),
    ("rate held ≥ 97%", "ThresholdBenchmarks", "", "threshold_held", True),
    ("roll-up to whole years", "RollupBenchmarks", "", "rollup", True),
    ("较“十三五”同期 span totals", "SameSpanBenchmarks", "", "same_span", False),
]
print("\n## 1,000,000 points (mean ± error of 15 iterations; pandas: median of 7, before / after)\n")
print("| operation | bare loop | **library (bulk)** | library returning the table | LINQ | pandas | Deedle | MS.Data.Analysis | DuckDB query (load) | library / bare | library vs pandas | allocated (library) |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for label, cls, prefix, py, peers in ops:
    key = lambda m: city.get(f"{cls}.{prefix}{m}")
    bare, lib = key("BareLoop"), key("Library")
    table = key("LibraryTable") or key("LibraryPanel")
    linq = key("Linq")
    deedle, mda, duck = (key(m) for m in ("Deedle", "DataAnalysis", "DuckDb"))
    load = city.get(f"{cls}.DuckDbLoad") if peers else None
    show = lambda t: "—" if t is None else f"{t:.1f}"
    p = f"{show(before.get(py))} / {show(after.get(py))} ms" if py in before or py in after else "not run"
    best_pandas = min([t for t in (before.get(py), after.get(py)) if t is not None], default=None)
    ratio = f"{lib[0] / bare[0]:.2f}" if lib and bare else "—"
    speed = best_pandas / (lib[0] / 1e6) if lib and best_pandas else None
    vs = "—" if speed is None else f"{speed:.1f}× faster" if speed >= 1 else f"{1 / speed:.1f}× slower"
    print(f"| {label} | {ms(bare)} | **{ms(lib)}** | {ms(table)} | {ms(linq)} | {p} | {ms(deedle) if peers else '—'} | {ms(mda) if peers else '—'} | {ms(duck) + ' (' + ms(load) + ')' if peers else '—'} | {ratio} | {vs} | {alloc(lib)} |")

scalar, vector = city.get("StreakBenchmarks.LibraryScalarKernel"), city.get("StreakBenchmarks.Library")
if scalar and vector:
    print(f"\nThe streak kernel: the library {ms(vector)} (vectorised) against {ms(scalar)} with the scalar run counting, {vector[0] / scalar[0]:.2f}× in one process.")

# The same panel: the checksums the .NET setups print (city.log) against the pandas script's (pandas-city-before.txt).
def sums(path):
    found = {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            m = re.search(r"checksum (\w+): (-?\d+)", line)
            if m:
                found.setdefault(m.group(1), set()).add(m.group(2))
    return found
net, py = sums(os.path.join(out, "city.log")), sums(os.path.join(out, "pandas-city-before.txt"))
names = sorted(set(net) | set(py))
verdicts = [(n, "agree" if n in net and n in py and net[n] == py[n] and len(net[n]) == 1 else "DISAGREE" if n in net and n in py else "missing") for n in names]
print("\nSame panel, same results (checksums printed by the .NET setups and the pandas script): " + (", ".join(f"{n} {v}" for n, v in verdicts) or "none printed") + ".")
if any(v == "DISAGREE" for _, v in verdicts):
    open(os.path.join(out, "DISAGREE"), "w").close()

double = city.get("YearOnYearBenchmarks.PercentDoubleLoop")
if double:
    print(f"\nFor reference, not like for like: the 同比 % loop dividing doubles (may round a true midpoint the other way) {ms(double)}.")

province, ppy = results("province"), pandas("province")
print("\n## 10,000,000 points, cold (3 copies in turn)\n")
print("| operation | bare loop | **library (bulk)** | pandas (median of 7) | library / bare | growth 1M → 10M (library) | allocated (library) |")
print("|---|---:|---:|---:|---:|---:|---:|")
for label, cat, city_key, py in [("同比, % at 2 decimals", "YearOnYear", "YearOnYearBenchmarks.PercentLibrary", "yoy_percent"),
                                 ("双下降 longest joint run", "Streak", "StreakBenchmarks.Library", "joint_streak"),
                                 ("rate held ≥ 97%", "Threshold", "ThresholdBenchmarks.Library", "threshold_held"),
                                 ("roll-up to whole years", "Rollup", "RollupBenchmarks.Library", "rollup")]:
    bare, lib = province.get(f"ProvinceBenchmarks.{cat}BareLoop"), province.get(f"ProvinceBenchmarks.{cat}Library")
    small = city.get(city_key)
    growth = f"{lib[0] / small[0]:.1f}×" if lib and small else "—"
    ratio = f"{lib[0] / bare[0]:.2f}" if lib and bare else "—"
    p = f"{ppy[py]:.1f} ms" if py in ppy else "not run"
    print(f"| {label} | {ms(bare)} | **{ms(lib)}** | {p} | {ratio} | {growth} | {alloc(lib)} |")
PY
echo
cat "$out/tables.md"
if [ -e "$out/DISAGREE" ]; then echo "pandas and .NET disagree on a checksum: not like for like (see tables.md)"; exit 1; fi
echo
echo "sitting written to $out (tables.md, the BenchmarkDotNet JSON and markdown reports, the logs)"
