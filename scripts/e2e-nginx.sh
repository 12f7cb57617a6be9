#!/usr/bin/env bash
# Playwright's web server with E2E_NGINX=1: the e2e database as scripts/e2e-server.sh makes it,
# two instances of the last build on it (E2E_PORT+1, E2E_PORT+2) and nginx with the portal's edge
# (deploy/nginx) on E2E_PORT in front of them, as production runs (docs/decisions/0036).
set -euo pipefail
cd "$(dirname "$0")/.."
poort="${E2E_PORT:-3100}"
export DATABASE_URL="file:./var/e2e/werktmee.db"
rm -rf var/e2e && mkdir -p var/e2e
npx prisma migrate deploy
npx tsx prisma/seed.ts
if [ "${E2E_SKIP_BUILD:-}" != "1" ]; then npx next build; fi
export TRUSTED_PROXIES=127.0.0.1
PORT=$((poort + 1)) bash scripts/serve.sh &
PORT=$((poort + 2)) bash scripts/serve.sh &
# Playwright waits for a page through nginx, so for both instances (502 until they listen).
exec bash deploy/nginx/proef.sh var/e2e/nginx "$poort" $((poort + 1)) $((poort + 2))
