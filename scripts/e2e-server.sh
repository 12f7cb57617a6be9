#!/usr/bin/env bash
# Playwright's web server: a production build on a fresh, migrated and seeded SQLite file.
set -euo pipefail
cd "$(dirname "$0")/.."
export DATABASE_URL="file:./var/e2e/werktmee.db"
rm -rf var/e2e && mkdir -p var/e2e
npx prisma migrate deploy
npx tsx prisma/seed.ts
if [ "${E2E_SKIP_BUILD:-}" != "1" ]; then npx next build; fi
PORT="${E2E_PORT:-3100}" exec bash scripts/serve.sh
