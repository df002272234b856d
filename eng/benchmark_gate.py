#!/usr/bin/env python3
"""The comparison of the CI benchmark gate (called by eng/benchmark-gate.sh).

  benchmark_gate.py check LIMITS RESULTS.json...   print the table; exit 0 when every ratio is within its limit
                                                   times the margin, 2 when one is over (its names on stdout's
                                                   last line as "over: Cat1 Cat2"), 1 on a broken input
  benchmark_gate.py self-test                      the comparison on made-up BenchmarkDotNet JSON: a result
                                                   within its limit passes, a deliberately slowed one fails

A ratio is the library method's median over the baseline method's median, both from BenchmarkDotNet's JSON
export (--exporters json) of one run, so the machine's load cancels out."""
import json, sys, tempfile, os


def medians(paths):
    found = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
        for b in report.get("Benchmarks", []):
            stats = b.get("Statistics") or {}
            if "Median" in stats:
                found[b["Method"]] = stats["Median"]
    return found


def check(limits, found, out=sys.stdout):
    margin = limits.get("margin", 1.25)
    over, broken = [], []
    print("| operation | library (median) | bare loop (median) | ratio | limit | fails above |", file=out)
    print("|---|---:|---:|---:|---:|---:|", file=out)
    for name, entry in limits["ratios"].items():
        lib, base = found.get(entry["library"]), found.get(entry["baseline"])
        if lib is None or base is None or base <= 0:
            broken.append(name)
            print(f"| {name} | missing | missing | — | {entry['limit']:.2f} | {entry['limit'] * margin:.2f} |", file=out)
            continue
        ratio = lib / base
        verdict = "" if ratio <= entry["limit"] * margin else " **over**"
        if verdict:
            over.append(name)
        print(f"| {name} | {lib / 1e6:.3f} ms | {base / 1e6:.3f} ms | {ratio:.2f}{verdict} | {entry['limit']:.2f} | {entry['limit'] * margin:.2f} |", file=out)
    return over, broken


def fake(path, timings):
    report = {"Title": "fake", "Benchmarks": [{"Method": m, "Statistics": {"Median": t, "Mean": t}} for m, t in timings.items()]}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(report, f)


def self_test():
    limits = {"margin": 1.25, "ratios": {
        "YearOnYearPercent": {"library": "YearOnYearLibrary", "baseline": "YearOnYearBareLoop", "limit": 1.5},
        "Threshold": {"library": "ThresholdLibrary", "baseline": "ThresholdBareLoop", "limit": 1.0}}}
    with tempfile.TemporaryDirectory() as d, open(os.devnull, "w") as null:
        good, slow, missing = (os.path.join(d, n) for n in ("good.json", "slow.json", "missing.json"))
        fake(good, {"YearOnYearLibrary": 9e6, "YearOnYearBareLoop": 8e6, "ThresholdLibrary": 0.3e6, "ThresholdBareLoop": 0.7e6})
        # The deliberate slowdown: the library does its work twice (as QZGOV_GATE_SLOWDOWN=1 makes it).
        fake(slow, {"YearOnYearLibrary": 18e6, "YearOnYearBareLoop": 8e6, "ThresholdLibrary": 0.6e6, "ThresholdBareLoop": 0.7e6})
        fake(missing, {"YearOnYearLibrary": 9e6})
        cases = [
            (good, [], []),
            (slow, ["YearOnYearPercent"], []),
            (missing, [], ["YearOnYearPercent", "Threshold"]),
        ]
        for path, want_over, want_broken in cases:
            over, broken = check(limits, medians([path]), null)
            if over != want_over or broken != want_broken:
                print(f"benchmark gate self-test FAILED on {os.path.basename(path)}: over {over}, missing {broken}")
                return 1
        # Exactly at the margin passes; just above fails.
        fake(good, {"YearOnYearLibrary": 8e6 * 1.5 * 1.25, "YearOnYearBareLoop": 8e6, "ThresholdLibrary": 0.7e6 * 1.25 * 1.0001, "ThresholdBareLoop": 0.7e6})
        over, broken = check(limits, medians([good]), null)
        if over != ["Threshold"] or broken:
            print(f"benchmark gate self-test FAILED at the margin: over {over}")
            return 1
    print("benchmark gate self-test: within limit passes; a 2x slowdown of the library fails; missing results fail; the margin is inclusive")
    return 0


def main(argv):
    if len(argv) >= 2 and argv[1] == "self-test":
        return self_test()
    if len(argv) >= 4 and argv[1] == "check":
        with open(argv[2], encoding="utf-8") as f:
            limits = json.load(f)
        over, broken = check(limits, medians(argv[3:]))
        if broken:
            print("missing results for: " + " ".join(broken))
            return 1
        print("over: " + " ".join(over) if over else "all ratios within their limits")
        return 2 if over else 0
    print(__doc__)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
