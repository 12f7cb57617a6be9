#!/usr/bin/env bash
# The portal's server, as production, `npm start`, the e2e tests and the benchmark run it:
# `next start` on the last build, with
# - V8's young generation sized for server rendering (64 MB semi-spaces: fewer scavenges per
#   request, measured in docs/decisions/0021);
# - the requests Next.js would answer with a 500 or misread (methods, router headers) refused
#   before it sees them
#   (scripts/http-grens.mjs, docs/decisions/0028).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_OPTIONS="--max-semi-space-size=64 --import ./scripts/http-grens.mjs${NODE_OPTIONS:+ $NODE_OPTIONS}"
exec node_modules/.bin/next start -p "${PORT:-3000}" "$@"
