#!/bin/sh
# The dashboard's other views in a real browser (Debian's Chromium,
# headless, driven by playwright-core, as t1310): the network of a period
# (a node per actor in its bloc of /api/blocs, CHN and USA in different
# blocs, edges coloured by net cooperation and sized by events, a click on
# an edge or a node leads to that pair, Back returns); the address as the
# page's state (a loaded address gives its view, a reload the same, a new
# choice is written back); and a phone, 390 px wide, with no horizontal
# scroll (tests/cli/browser-views.js).  Screenshots are left in
# $BUILD/t1311-*.png.  Without Chromium or playwright-core the test is
# skipped, and fails under CI=true.
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
# the blocs of the demo's two years, as the CLI finds them
"$DYAD" blocs --db "$T/s.db" --from 2021-01-01 --to 2022-12-31 --seed 1 > "$T/blocs"
check "CLI: CHN and USA in different blocs" test "$(grep -c -e ' CHN\( \|$\)' -e ' USA\( \|$\)' "$T/blocs")" -eq 2
check "serve starts" start_server main --db "$T/s.db" --log "$T/access.log"
mkdir -p "$BUILD"
rm -f "$BUILD"/t1311-*.png
timeout 180 node tests/cli/browser-views.js "$PW" "$CHROMIUM" "http://127.0.0.1:$PORT" "$BUILD" \
    2021-01-01 2022-12-31 > "$T/browser" 2>&1
rc=$?
while IFS= read -r line; do
    case $line in
        "ok   "*) ok "browser: ${line#ok   }" ;;
        "FAIL "*) bad "browser: ${line#FAIL }" ;;
        *) echo "     $line" ;;
    esac
done < "$T/browser"
check "browser: the session ended well" test "$rc" -eq 0
check "browser: 29 checks passed" test "$(grep -c '^ok ' "$T/browser")" -eq 29
for s in network phone phone-network; do
    check "browser: a screenshot $BUILD/t1311-$s.png" test -s "$BUILD/t1311-$s.png"
done
check "browser: the blocs were asked for" grep -q '"GET /api/blocs HTTP/1.1" 200' "$T/access.log"
test_done
