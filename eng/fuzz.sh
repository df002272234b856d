#!/usr/bin/env bash
# The fuzz harness: feeds generated inputs to every reader of the library and checks that nothing throws,
# that every number reported comes from the text, and that every value read prints and reads back equal.
# Not in CI (a million inputs take minutes on 2 cores). Usage: eng/fuzz.sh [SEED] [COUNT]
# A run is repeatable: the same seed gives the same inputs. Exit 0: no finding; 1: findings (printed).
set -euo pipefail
cd "$(dirname "$0")/.."
seed=${1:-1}
count=${2:-1000000}
dotnet run -c Release --project eng/Quzhou.Governance.Fuzz -- --seed "$seed" --count "$count"
