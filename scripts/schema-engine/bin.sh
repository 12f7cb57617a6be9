#!/bin/sh
# Stand-in for Prisma's native schema-engine binary (see docs/decisions/0001).
exec node "$(dirname "$0")/bridge.mjs" "$@"
