#!/bin/sh
# The dashboard in a real browser: Debian's Chromium, headless, driven by
# playwright-core (npm, installed by `make deps` into build/npm; never
# fetched by the test).  The page loads offline (every request must go to
# the server), completes actors, draws a pair (the plotted numbers are the
# API's), shows a tooltip on hover, lists a period's events on a click and
# an event's evidence on the next, and compares with a second pair
# (tests/cli/browser-dashboard.js).  A screenshot is left in
# $BUILD/t1310-dashboard.png.  Without Chromium or playwright-core the test
# is skipped, and fails under CI=true.
. tests/cli/test-lib.sh

CHROMIUM=$(command -v chromium || true)
PW=${PLAYWRIGHT_CORE:-$PWD/build/npm/node_modules/playwright-core}
missing=""
[ -n "$CHROMIUM" ] || missing="$missing chromium (Debian package)"
command -v node > /dev/null 2>&1 || missing="$missing node"
[ -d "$PW" ] || missing="$missing playwright-core (make deps: npm into build/npm)"
command -v curl > /dev/null 2>&1 || missing="$missing curl"
if [ -n "$missing" ]; then
    if [ "${CI:-}" = true ]; then bad "browser test: missing$missing"; else skip "browser test: missing$missing"; fi
    test_done
fi
. tests/cli/serve-lib.sh

run "$DYAD" ingest --db "$T/s.db" examples/relations/articles.jsonl
expect_status "ingest the demo articles" 0
check "serve starts" start_server main --db "$T/s.db" --log "$T/access.log"
mkdir -p "$BUILD"
# at most 2 minutes for the whole browser session
timeout 120 node tests/cli/browser-dashboard.js "$PW" "$CHROMIUM" "http://127.0.0.1:$PORT" \
    "$BUILD/t1310-dashboard.png" > "$T/browser" 2>&1
rc=$?
while IFS= read -r line; do
    case $line in
        "ok   "*) ok "browser: ${line#ok   }" ;;
        "FAIL "*) bad "browser: ${line#FAIL }" ;;
        *) echo "     $line" ;;
    esac
done < "$T/browser"
check "browser: the session ended well" test "$rc" -eq 0
check "browser: 16 checks passed" test "$(grep -c '^ok ' "$T/browser")" -eq 16
check "browser: a screenshot" test -s "$BUILD/t1310-dashboard.png"
check "browser: its requests are in the access log" grep -q '"GET /api/events/[0-9]* HTTP/1.1" 200' "$T/access.log"
test_done
