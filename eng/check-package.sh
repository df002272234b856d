#!/usr/bin/env bash
# Checks that the library's package holds what it must: both builds with their XML docs, the README, the
# third-party notices (the region table's licence),
# the licence expression, a symbols package beside it, and the Roslyn rules (analyzer and code-fix dlls
# under analyzers/dotnet/cs/) without any dependency on Roslyn itself.
set -euo pipefail
dir=${1:-artifacts/pkg}
pkg=$(ls "$dir"/Quzhou.Governance.[0-9]*.nupkg | head -n 1)
sym=$(ls "$dir"/Quzhou.Governance.[0-9]*.snupkg | head -n 1)
python3 - "$pkg" "$sym" <<'PY'
import sys, zipfile, re
pkg, sym = sys.argv[1], sys.argv[2]
names = set(zipfile.ZipFile(pkg).namelist())
need = [
    "lib/netstandard2.0/Quzhou.Governance.dll", "lib/netstandard2.0/Quzhou.Governance.xml",
    "lib/net10.0/Quzhou.Governance.dll", "lib/net10.0/Quzhou.Governance.xml",
    "README.md",
    "THIRD-PARTY-NOTICES.md",
    "analyzers/dotnet/cs/Quzhou.Governance.Analyzers.dll",
    "analyzers/dotnet/cs/Quzhou.Governance.CodeFixes.dll",
]
missing = [n for n in need if n not in names]
nuspec = next(n for n in names if n.endswith(".nuspec"))
spec = zipfile.ZipFile(pkg).read(nuspec).decode("utf-8")
if '<license type="expression">MIT</license>' not in spec:
    missing.append("MIT licence expression in the nuspec")
if 'NodaTime' not in spec:
    missing.append("NodaTime dependency in the nuspec")
dependencies = re.findall(r'<dependency id="([^"]+)"', spec)
roslyn = [d for d in dependencies if d.startswith("Microsoft.CodeAnalysis") or d.startswith("Quzhou.Governance.")]
if roslyn:
    missing.append("no Roslyn dependency (found: " + ", ".join(roslyn) + ")")
# The rules ride alone: nothing of Roslyn's own is copied into the package.
extra = [n for n in names if n.startswith("analyzers/") and not n.startswith("analyzers/dotnet/cs/Quzhou.Governance.")]
if extra:
    missing.append("only our own dlls under analyzers/ (found: " + ", ".join(sorted(extra)) + ")")
if "lib/net10.0/Quzhou.Governance.pdb" not in set(zipfile.ZipFile(sym).namelist()):
    missing.append("net10.0 pdb in the symbols package")
if missing:
    print("package is missing:", *missing, sep="\n  ")
    sys.exit(1)
print(f"package ok: {pkg} ({len(names)} entries)")
PY

# The Data package: both builds with docs, its README, MIT, a symbols package, a dependency on the library,
# and the code-page encodings only where the runtime lacks them (netstandard2.0).
data=$(ls "$dir"/Quzhou.Governance.Data.[0-9]*.nupkg | head -n 1)
datasym=$(ls "$dir"/Quzhou.Governance.Data.[0-9]*.snupkg | head -n 1)
python3 - "$data" "$datasym" <<'PY'
import sys, zipfile, re
pkg, sym = sys.argv[1], sys.argv[2]
names = set(zipfile.ZipFile(pkg).namelist())
need = [
    "lib/netstandard2.0/Quzhou.Governance.Data.dll", "lib/netstandard2.0/Quzhou.Governance.Data.xml",
    "lib/net10.0/Quzhou.Governance.Data.dll", "lib/net10.0/Quzhou.Governance.Data.xml",
    "README.md",
]
missing = [n for n in need if n not in names]
nuspec = next(n for n in names if n.endswith(".nuspec"))
spec = zipfile.ZipFile(pkg).read(nuspec).decode("utf-8")
if '<license type="expression">MIT</license>' not in spec:
    missing.append("MIT licence expression in the nuspec")
groups = dict(re.findall(r'<group targetFramework="([^"]+)">(.*?)</group>', spec, re.S))
for tfm, deps in groups.items():
    ids = re.findall(r'<dependency id="([^"]+)"', deps)
    if "Quzhou.Governance" not in ids:
        missing.append(f"Quzhou.Governance dependency for {tfm}")
    if tfm.startswith("net10") and "System.Text.Encoding.CodePages" in ids:
        missing.append("no System.Text.Encoding.CodePages dependency on net10.0 (it is in the box)")
    if tfm.startswith(".NETStandard") and "System.Text.Encoding.CodePages" not in ids:
        missing.append("System.Text.Encoding.CodePages dependency on netstandard2.0")
if not groups:
    missing.append("dependency groups in the nuspec")
if "lib/net10.0/Quzhou.Governance.Data.pdb" not in set(zipfile.ZipFile(sym).namelist()):
    missing.append("net10.0 pdb in the symbols package")
if missing:
    print("data package is missing:", *missing, sep="\n  ")
    sys.exit(1)
print(f"package ok: {pkg} ({len(names)} entries)")
PY
