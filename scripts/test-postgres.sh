#!/usr/bin/env bash
# The PostgreSQL half of `npm test`: the integration tests and the operations tests (incl. the
# two-instance journey) once more, on PostgreSQL. Uses TEST_DATABASE_URL when set (a server on
# which the tests may create and drop databases); otherwise starts a throw-away PostgreSQL when
# this machine has one (scripts/postgres-tijdelijk.sh) and stops it afterwards; otherwise skips,
# except in CI (CI set): there a missing PostgreSQL fails the run, so it cannot pass silently.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${TEST_DATABASE_URL:-}" ]; then
  MAPBESTAND=$(mktemp)
  set +e
  URL=$(PG_MAP_BESTAND="$MAPBESTAND" bash scripts/postgres-tijdelijk.sh start)
  RC=$?
  set -e
  if [ "$RC" = "3" ]; then
    if [ -n "${CI:-}" ]; then
      echo "PostgreSQL-tests NIET gedraaid: geen PostgreSQL op deze machine, en in CI (CI=$CI) mag dat niet stil slagen. Installeer postgresql of zet TEST_DATABASE_URL." >&2
      rm -f "$MAPBESTAND"
      exit 1
    fi
    echo "PostgreSQL-tests overgeslagen: geen PostgreSQL op deze machine (installeer postgresql of zet TEST_DATABASE_URL)."
    rm -f "$MAPBESTAND"
    exit 0
  fi
  [ "$RC" = "0" ] || { echo "Kon geen tijdelijke PostgreSQL starten" >&2; exit "$RC"; }
  PGMAP=$(cat "$MAPBESTAND")
  rm -f "$MAPBESTAND"
  trap 'bash scripts/postgres-tijdelijk.sh stop "$PGMAP"' EXIT
  export TEST_DATABASE_URL="$URL"
  echo "Tijdelijke PostgreSQL gestart: $TEST_DATABASE_URL"
fi

echo "== Integratietests op PostgreSQL"
npx vitest run tests/integration scripts/migraties.test.ts
if [ ! -f .next/BUILD_ID ]; then npx next build; fi
echo "== Operations-tests op PostgreSQL (health, logs, SIGTERM, kill -9, twee instanties)"
npx playwright test -c playwright.ops.config.ts
