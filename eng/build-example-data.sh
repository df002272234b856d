#!/usr/bin/env bash
# Builds examples/review/quzhou-data.csv, the bundled example data set the review checks the interview against, and
# examples/review/quzhou-targets.csv, its illustrative 十四五 plan targets (eng/Quzhou.Governance.ExampleData;
# deterministic: the same files every run). The figures are the interview's; the monthly numbers and the targets are
# illustrative. `--check` compares with the committed files instead (exit 1 when one differs); the tests
# InterviewExampleDataTest and InterviewExampleTargetsTest hold the same.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project eng/Quzhou.Governance.ExampleData -- "$@" examples/review
