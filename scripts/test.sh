#!/usr/bin/env bash
# The whole test suite, exactly as CI runs it: install what is missing, type check, lint, check the
# committed schema.graphql against the code, then the unit and the integration tests (the latter on a
# real Neo4j: NEO4J_URI when set, else Testcontainers or the embedded launcher, started by the suite).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
export PATH="$PWD/node_modules/.bin:$PATH"

echo "== type check (tsc --noEmit)"
tsc --noEmit
echo "== lint (eslint)"
eslint . --max-warnings 0
echo "== schema.graphql is up to date"
tsx scripts/print-schema.ts --check
echo "== tests (vitest: unit + integration on a real Neo4j)"
report=$(mktemp)
status=0
vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
# One plain closing line ("N passed, N failed, N skipped") that any CI can read.
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
' "$report" || true
rm -f "$report"
exit $status
