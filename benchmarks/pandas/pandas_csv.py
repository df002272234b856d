"""pandas' read_csv of the 1,000,000-row long CSV of benchmarks/Quzhou.Governance.Benchmarks/Data/CsvLoadBenchmarks.cs,
the peer the library's DataSetCsv.Load is to beat (issue 8). The same file, written by the same rule (8 count
indicators x 1,000 regions x 125 months, 2015-01 .. 2025-05, every column of the long layout, UTF-8 with a BOM,
CRLF rows), so the two read the same bytes; the values differ (numpy's generator, not .NET's), which does not change
the work.

Run: apt-get install -y python3-pandas && /usr/bin/python3 benchmarks/pandas/pandas_csv.py [--file PATH] [--runs R]
Without --file the script writes the file to a temporary folder first. Prints the median and minimum seconds of R
runs (5) of read_csv with the columns typed as the library reads them (strings for names and periods, int64 for the
value, the empty columns as objects), and the same with the period parsed into pandas Periods (the work the library
does on each row)."""
import argparse, os, statistics, sys, tempfile, time
import numpy as np, pandas as pd

parser = argparse.ArgumentParser()
parser.add_argument("--file")
parser.add_argument("--runs", type=int, default=5)
args = parser.parse_args()

CODES = ["juvenile-crime.cases", "juvenile-crime.offenders", "production-safety.accidents", "production-safety.deaths",
         "production-safety.major-accidents", "public-security.criminal-cases", "public-security.homicides",
         "public-security.thefts"]


def write(path):
    rng = np.random.default_rng(42)
    months = [f"{2015 + m // 12}-{1 + m % 12:02d}" for m in range(125)]
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write("indicator,region,period,value,numerator,denominator,decimals,status,published\r\n")
        for code in CODES:
            for r in range(1_000):
                region = 330_000 + r
                values = rng.integers(0, 100_000, 125)
                f.write("".join(f"{code},{region},{months[m]},{values[m]},,,,,\r\n" for m in range(125)))


path = args.file
if path is None:
    path = os.path.join(tempfile.mkdtemp(prefix="quzhou-csv-bench-"), "long-1m.csv")
    write(path)
print(f"pandas {pd.__version__}, file {path}, {os.path.getsize(path) / 1e6:.1f} MB", file=sys.stderr)

DTYPES = {"indicator": str, "region": str, "period": str, "value": "int64", "numerator": object,
          "denominator": object, "decimals": object, "status": object, "published": object}


def plain():
    frame = pd.read_csv(path, dtype=DTYPES, encoding="utf-8-sig")
    assert len(frame) == 1_000_000
    return frame


def with_periods():
    frame = plain()
    frame["period"] = pd.PeriodIndex(frame["period"], freq="M")
    return frame


for name, work in (("read_csv", plain), ("read_csv + periods", with_periods)):
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    print(f"{name:22s} median {statistics.median(times):.3f} s  min {min(times):.3f} s  ({args.runs} runs)")
