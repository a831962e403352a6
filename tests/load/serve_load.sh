#!/usr/bin/env bash
# Load test of the preview server: wrk hammers a page on 127.0.0.1 for a bounded time
# while the page's Markdown is saved again and again (each save re-renders it), and
# every response must be a 200 with the whole page: zero errors, zero wrong bodies.
#   tests/load/serve_load.sh CDPSITE_BINARY
set -euo pipefail
binary=$1
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'kill -INT $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT

mkdir -p "$work/content"
printf 'title = "Load test"\n' > "$work/content/site.toml"
printf '+++\ntitle = "Page"\n+++\nVersion 0.\n' > "$work/content/page.md"
"$binary" serve --source "$work/content" --port 0 > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do grep -q "Serving" "$work/serve.log" && break; sleep 0.1; done
url=$(grep -o 'http://[^ ]*/' "$work/serve.log" | head -1)
[ -n "$url" ] || { echo "serve did not start"; cat "$work/serve.log"; exit 1; }

( for i in $(seq 1 30); do printf '+++\ntitle = "Page"\n+++\nVersion %d.\n' "$i" > "$work/content/page.md"; sleep 0.1; done ) &
editor=$!
wrk -t 2 -c 8 -d 4s --timeout 2s -s "$here/check_body.lua" "${url}page/" > "$work/wrk.log" 2>&1
wait $editor
cat "$work/wrk.log"

requests=$(grep -o '[0-9]* requests in' "$work/wrk.log" | grep -o '^[0-9]*')
wrong=$(grep -o 'wrong bodies: [0-9]*' "$work/wrk.log" | grep -o '[0-9]*$')
errors=$(grep -o 'Socket errors:.*' "$work/wrk.log" || true)
non2xx=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$work/wrk.log" || true)
rebuilds=$(grep -c "re-rendered\|pages in" "$work/serve.log" || true)
echo "requests: $requests, wrong bodies: $wrong, rebuilds: $rebuilds"
[ "${requests:-0}" -gt 100 ] || { echo "too few requests"; exit 1; }
[ "$wrong" = 0 ] || { echo "some responses were not whole pages"; exit 1; }
[ -z "$errors" ] || { echo "$errors"; exit 1; }
[ -z "$non2xx" ] || { echo "$non2xx"; exit 1; }
[ "$rebuilds" -gt 5 ] || { echo "the page was not rebuilt during the test"; cat "$work/serve.log"; exit 1; }
echo "1 passed, 0 failed"
