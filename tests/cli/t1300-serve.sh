#!/bin/sh
# dyad serve (issue 13, docs/api.md) over a real socket on loopback: the
# API's answers agree with the CLI on the same store (query, trend --csv),
# paging visits every event once, the security headers, ETags, 405/413,
# the bearer token (never logged), the access log, a refused non-loopback
# address without a token, the store left unchanged, and a clean stop on
# SIGTERM.  Every server is started on port 0 (the port it got is read
# from its log) and killed at exit.
. tests/cli/test-lib.sh

if ! command -v curl > /dev/null 2>&1 || ! command -v python3 > /dev/null 2>&1; then
    if [ "${CI:-}" = true ]; then bad "curl and python3 are needed (make deps)"; else skip "curl or python3 missing"; fi
    test_done
fi

. tests/cli/serve-lib.sh

run "$DYAD" ingest --db "$T/s.db" examples/relations/articles.jsonl
expect_status "ingest the demo articles" 0
sum_before=$(cksum < "$T/s.db")

check "serve starts on a free loopback port" start_server main --db "$T/s.db" --log "$T/access.log" --threads 2
B=http://127.0.0.1:$PORT

# --- health, stats ---
get -D "$T/h" "$B/api/health" > "$T/out"
check "health: ok" test "$(json 'j["status"]' < "$T/out")" = ok
check "health: nosniff" grep -qi '^X-Content-Type-Options: nosniff' "$T/h"
check "health: a Content-Security-Policy" grep -qi "^Content-Security-Policy: default-src 'self'" "$T/h"
check_not "health: no CORS without --cors" grep -qi '^Access-Control-Allow-Origin' "$T/h"
check "health: JSON" grep -qi '^Content-Type: application/json' "$T/h"
get "$B/api/stats" > "$T/out"
"$DYAD" store info --db "$T/s.db" > "$T/info"
ev=$(awk '$1 == "events" { print $2 }' "$T/info")
check "stats: the events of store info ($ev)" test "$(json 'j["events"]' < "$T/out")" = "$ev"
check "stats: 172 articles" test "$(json 'j["articles"]' < "$T/out")" = 172
check "stats: a date range" test "$(json 'j["first_date"] < j["last_date"]' < "$T/out")" = True

# --- events: paging through everything equals dyad query ---
"$DYAD" query --db "$T/s.db" > "$T/q.jsonl"
python3 - "$B" "$T/q.jsonl" > "$T/paging" << 'EOF'
import json, sys, urllib.request
base, ref = sys.argv[1], [json.loads(l)["id"] for l in open(sys.argv[2])]
ids, cursor, pages = [], None, 0
while True:
    url = base + "/api/events?limit=37" + ("&cursor=" + cursor if cursor else "")
    page = json.load(urllib.request.urlopen(url, timeout=10))
    ids += [e["id"] for e in page["events"]]
    pages += 1
    cursor = page["next_cursor"]
    if not cursor or pages > 100:
        break
print("same" if ids == ref else "differ: %d ids, %d expected" % (len(ids), len(ref)), pages)
EOF
check "events: paging with the cursor gives dyad query's events in its order" grep -q "^same" "$T/paging"
check "events: more than one page" test "$(awk '{ print $2 }' "$T/paging")" -gt 1

for f in "source=CHN&target=USA|--source CHN --target USA" "actor=RUS&quad=4|--actor RUS --quad 4" \
         "root=04&from=2022-01-01&to=2022-06-30|--root 04 --from 2022-01-01 --to 2022-06-30" \
         "code=11&role=GOV|--code 11 --role GOV" "source=CHN&target=RUS&undirected=1|--source CHN --target RUS --undirected"; do
    qs=${f%%|*}; args=${f#*|}
    # shellcheck disable=SC2086
    n_cli=$("$DYAD" query --db "$T/s.db" $args | wc -l)
    n_api=$(get "$B/api/events?$qs&limit=1000&format=csv" | tail -n +2 | wc -l)
    check "events?$qs: $n_cli events, as dyad query $args" test "$n_api" -eq "$n_cli" -a "$n_cli" -gt 0
done
get -o /dev/null -w '%{http_code}' "$B/api/events?quad=9" > "$T/code"
check "events: quad=9 is a 400" grep -qx 400 "$T/code"
get -o /dev/null -w '%{http_code}' "$B/api/events?source=CHN'%20OR%201=1--" > "$T/code"
check "events: an actor with a quote is a 400" grep -qx 400 "$T/code"

# --- one event and its evidence ---
id=$(head -1 "$T/q.jsonl" | json 'j["id"]')
get "$B/api/events/$id" > "$T/out"
check "event $id: its mentions with evidence, URL, outlet and rule" test "$(json \
  'all(m["evidence"] and m["url"] and m["outlet"] and ":" in m["rule"] for m in j["mentions"]) and len(j["mentions"]) == j["num_mentions"]' \
  < "$T/out")" = True
get -o /dev/null -w '%{http_code}' "$B/api/events/987654321" > "$T/code"
check "event: an unknown id is a 404" grep -qx 404 "$T/code"

# --- trend: the same numbers as dyad trend ---
for a in "a=CHN&b=USA&by=month|CHN USA --by month" "a=CHN&b=RUS&by=week&undirected=1|CHN RUS --by week --undirected" \
         "a=CHN&b=USA&by=year&vs=RUS,UKR|CHN USA --by year --vs RUS UKR" \
         "a=USA&b=CHN&from=2021-06-01&to=2022-03-31&by=day|USA CHN --from 2021-06-01 --to 2022-03-31 --by day"; do
    qs=${a%%|*}; args=${a#*|}
    # shellcheck disable=SC2086
    "$DYAD" trend $args --csv --db "$T/s.db" > "$T/cli.csv"
    get "$B/api/trend?$qs&format=csv" > "$T/api.csv"
    check "trend?$qs: byte for byte dyad trend $args --csv" cmp -s "$T/cli.csv" "$T/api.csv"
done
check "trend: the CSV has rows" test "$(wc -l < "$T/cli.csv")" -gt 100
get "$B/api/trend?a=CHN&b=USA&by=year" > "$T/out"
"$DYAD" trend CHN USA --by year --csv --db "$T/s.db" | awk -F, 'NR > 1 { s += $4 } END { print s }' > "$T/n"
check "trend JSON: its events add up as in the CSV" test "$(json 'sum(p["events"] for p in j["series"][0]["points"])' < "$T/out")" = "$(cat "$T/n")"

# --- network and blocs: the same JSON as dyad network/blocs --json ---
for a in "|" "from=2021-01-01&to=2021-12-31|--from 2021-01-01 --to 2021-12-31" "actors=code&directed=1|--actors code --directed"; do
    qs=${a%%|*}; args=${a#*|}
    # shellcheck disable=SC2086
    "$DYAD" network --json $args --db "$T/s.db" > "$T/cli.json"
    get "$B/api/network?$qs" > "$T/api.json"
    check "network?$qs: equal to dyad network --json $args" python3 -c "import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); sys.exit(0 if a == b and len(a['edges']) > 3 else 1)" "$T/cli.json" "$T/api.json"
done
for a in "|" "min_events=3&seed=7&restarts=20|--min-events 3 --seed 7 --restarts 20" "from=2022-01-01&actors=code|--from 2022-01-01 --actors code"; do
    qs=${a%%|*}; args=${a#*|}
    # shellcheck disable=SC2086
    "$DYAD" blocs --json $args --db "$T/s.db" > "$T/cli.json"
    get "$B/api/blocs?$qs" > "$T/api.json"
    check "blocs?$qs: equal to dyad blocs --json $args" python3 -c "import json,sys; a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2])); sys.exit(0 if a == b and len(a['groups']) > 1 else 1)" "$T/cli.json" "$T/api.json"
done
get "$B/api/network?format=csv" > "$T/api.csv"
check "network CSV: one row per edge" test "$(($(wc -l < "$T/api.csv") - 1))" -eq "$("$DYAD" network --json --db "$T/s.db" | json 'len(j["edges"])')"

# --- codes, actors ---
get "$B/api/codes" > "$T/out"
check "codes: every code of dict/cameo.txt" test "$(json 'len(j["codes"])' < "$T/out")" = "$(grep -c '^[0-9]' dict/cameo.txt)"
get "$B/api/actors?q=RUS" > "$T/out"
check "actors?q=RUS: completes to RUS codes" test "$(json 'len(j["actors"]) > 0 and all(a["code"].startswith("RUS") or "rus" in (a["name"] or "").lower() for a in j["actors"])' < "$T/out")" = True

# --- the page and static files ---
get -D "$T/h" "$B/" > "$T/out"
check "/: the dashboard page" grep -q '<title>dyad' "$T/out"
etag=$(sed -n 's/^[Ee][Tt][Aa][Gg]: *\(.*\)\r$/\1/p' "$T/h")
check "/: an ETag" test -n "$etag"
get -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$B/" > "$T/code"
check "/: If-None-Match gives 304" grep -qx 304 "$T/code"
get "$B/static/chart.js" > "$T/out"
check "/static/chart.js: the file named by --chartjs" cmp -s "$T/out" "$CHART"

# --- methods, bodies, sizes ---
get -I "$B/api/stats" > "$T/h"
n_get=$(get "$B/api/stats" | wc -c)
check "HEAD: the headers of the GET, its Content-Length ($n_get)" grep -qi "^Content-Length: $n_get" "$T/h"
get -o /dev/null -w '%{http_code}' -X POST "$B/api/events" > "$T/code"
check "POST: 405" grep -qx 405 "$T/code"
get -o /dev/null -w '%{http_code}' -X GET --data-binary 'x=1' "$B/api/health" > "$T/code"
check "a request body: 413" grep -qx 413 "$T/code"
long=$(head -c 40000 /dev/zero | tr '\0' a)
get -o /dev/null -w '%{http_code}' -H "X-Long: $long" "$B/api/health" > "$T/code"
check "a 40 KB header: refused (4xx)" grep -q '^4' "$T/code"
get -o /dev/null -w '%{http_code}' "$B/api/health" > "$T/code"
check "still serving after that" grep -qx 200 "$T/code"

# --- the access log ---
check "access log: Common Log Format lines" grep -Eq '^127\.0\.0\.1 - - \[[0-9]{2}/[A-Z][a-z]{2}/[0-9]{4}:[0-9:]{8} \+0000\] "GET /api/health HTTP/1\.1" 200 [0-9]+$' "$T/access.log"
check "access log: the 404" grep -q '"GET /api/events/987654321 HTTP/1.1" 404 ' "$T/access.log"

# --- SIGTERM: a clean stop ---
kill -TERM "$PID"
for _i in $(seq 1 100); do kill -0 "$PID" 2> /dev/null || break; sleep 0.05; done
check_not "SIGTERM: the server has stopped" alive "$PID"
wait "$PID"; src=$?
check "SIGTERM: exit 0" test "$src" -eq 0
check "SIGTERM: said it stopped" grep -q "dyad serve: stopped" "$T/main.err"
check "read-only: the store is byte for byte as before" test "$(cksum < "$T/s.db")" = "$sum_before"

# --- the token ---
printf 'tok-%s\n' "0123456789abcdef0123" > "$T/token"
check "serve with --token starts" start_server tok --db "$T/s.db" --token "$T/token"
B=http://127.0.0.1:$PORT
get -o /dev/null -w '%{http_code}' "$B/api/health" > "$T/code"
check "token: none given is a 401" grep -qx 401 "$T/code"
get -o /dev/null -w '%{http_code}' -H "Authorization: Bearer tok-0123456789abcdef012" "$B/api/health" > "$T/code"
check "token: a wrong one is a 401" grep -qx 401 "$T/code"
get -o /dev/null -w '%{http_code}' -H "Authorization: Bearer tok-0123456789abcdef0123" "$B/api/health" > "$T/code"
check "token: the right one is a 200" grep -qx 200 "$T/code"
kill -TERM "$PID"; wait "$PID"
check_not "token: never in the log" grep -q "0123456789abcdef0123" "$T/tok.err"

# --- refusals at start ---
run "$DYAD" serve --db "$T/s.db" --listen 0.0.0.0:0
check "beyond loopback without --token: exit 64" test "$rc" -eq 64
check "beyond loopback without --token: said" grep -q "needs --token" "$T/err"
run "$DYAD" serve --db "$T/none.db" --listen 127.0.0.1:0
check "a missing store: exit 2, nothing created" test "$rc" -eq 2 -a ! -e "$T/none.db"
run "$DYAD" serve --db "$T/s.db" --listen 127.0.0.1:0 --chartjs "$T/no-chart.js"
check "Chart.js missing: exit 2 naming the package" test "$rc" -eq 2
check "Chart.js missing: names libjs-chart.js" grep -q "libjs-chart.js" "$T/err"
test_done
