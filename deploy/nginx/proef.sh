#!/usr/bin/env bash
# Starts nginx with the portal's edge (grens.conf) in front of two local instances, as a
# foreground process without root: config, pid, logs and temporary files in MAP.
#   bash deploy/nginx/proef.sh MAP POORT POORT_A POORT_B
# Used by the tests (scripts/e2e-nginx.sh, tests/ops/server.ts). Stop it with SIGTERM or SIGQUIT.
set -euo pipefail
hier="$(cd "$(dirname "$0")" && pwd)"
map="$1" poort="$2" a="$3" b="$4"
mkdir -p "$map/tmp"
map="$(cd "$map" && pwd)"
# Run as root, nginx's workers are `nobody`: they must be able to read the pages (mktemp makes 700).
chmod 755 "$map"
sed "s#/etc/nginx/werkt-mee#$map#g" "$hier/grens.conf" >"$map/grens.conf"
cp "$hier/te-groot.html" "$map/te-groot.html"
sed -e "s#@MAP@#$map#g" -e "s#@POORT@#$poort#g" -e "s#@POORT_A@#$a#g" -e "s#@POORT_B@#$b#g" \
  "$hier/proef.conf" >"$map/nginx.conf"
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
[ "${NGINX_TEST:-}" = 1 ] && exec "$NGINX" -t -e "$map/error.log" -p "$map" -c "$map/nginx.conf"
exec "$NGINX" -e "$map/error.log" -p "$map" -c "$map/nginx.conf"
