#!/usr/bin/env bash
# The portal's server, as production, `npm start`, the e2e tests and the benchmark run it:
# `next start` on the last build, with V8's young generation sized for server rendering (64 MB
# semi-spaces: fewer scavenges per request, measured in docs/decisions/0021).
# In production it runs twice behind nginx (deploy/nginx, docs/decisions/0036).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_OPTIONS="--max-semi-space-size=64${NODE_OPTIONS:+ $NODE_OPTIONS}"
exec node_modules/.bin/next start -p "${PORT:-3000}" "$@"
