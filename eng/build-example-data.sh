#!/usr/bin/env bash
# Builds examples/review/quzhou-data.csv, the bundled example data set the review checks the interview against
# (eng/Quzhou.Governance.ExampleData; deterministic: the same file every run). The figures are the interview's; the
# monthly numbers are illustrative. `--check` compares with the committed file instead (exit 1 when it differs);
# the test InterviewExampleDataTest holds the same.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project eng/Quzhou.Governance.ExampleData -- "$@" examples/review/quzhou-data.csv
