#!/usr/bin/env bash
# Checks that the library's package holds what it must: both builds with their XML docs, the README,
# the licence expression, and a symbols package beside it.
set -euo pipefail
dir=${1:-artifacts/pkg}
pkg=$(ls "$dir"/Quzhou.Governance.*.nupkg | grep -v '\.snupkg$' | grep -v 'Cli' | head -n 1)
sym=$(ls "$dir"/Quzhou.Governance.*.snupkg | head -n 1)
python3 - "$pkg" "$sym" <<'PY'
import sys, zipfile, re
pkg, sym = sys.argv[1], sys.argv[2]
names = set(zipfile.ZipFile(pkg).namelist())
need = [
    "lib/netstandard2.0/Quzhou.Governance.dll", "lib/netstandard2.0/Quzhou.Governance.xml",
    "lib/net10.0/Quzhou.Governance.dll", "lib/net10.0/Quzhou.Governance.xml",
    "README.md",
]
missing = [n for n in need if n not in names]
nuspec = next(n for n in names if n.endswith(".nuspec"))
spec = zipfile.ZipFile(pkg).read(nuspec).decode("utf-8")
if '<license type="expression">MIT</license>' not in spec:
    missing.append("MIT licence expression in the nuspec")
if 'NodaTime' not in spec:
    missing.append("NodaTime dependency in the nuspec")
if "lib/net10.0/Quzhou.Governance.pdb" not in set(zipfile.ZipFile(sym).namelist()):
    missing.append("net10.0 pdb in the symbols package")
if missing:
    print("package is missing:", *missing, sep="\n  ")
    sys.exit(1)
print(f"package ok: {pkg} ({len(names)} entries)")
PY
