# tests/cli/serve-lib.sh: what the dyad serve tests (t1300-t1399) share,
# sourced after test-lib.sh.  start_server NAME ARGS... starts `dyad serve
# --listen 127.0.0.1:0` with ARGS, its standard error in $T/NAME.err, and
# sets PORT (read from its "listening on" line) and PID; every server
# started is killed when the script exits.  CHART is Debian's Chart.js, or
# a stand-in file where libjs-chart.js is not installed.
PIDS=""
trap 'for p in $PIDS; do kill "$p" 2> /dev/null; done; rm -rf "$T"' EXIT

CHART=/usr/share/javascript/chart.js/chart.min.js
[ -r "$CHART" ] || { CHART="$T/chart.js"; echo "/* stand-in */" > "$CHART"; }

start_server() {
    _log=$T/$1.err; shift
    "$DYAD" serve --listen 127.0.0.1:0 --chartjs "$CHART" "$@" 2> "$_log" &
    PID=$!
    PIDS="$PIDS $PID"
    PORT=""
    for _i in $(seq 1 100); do
        PORT=$(sed -n 's|^dyad serve: listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$_log")
        [ -n "$PORT" ] && break
        kill -0 "$PID" 2> /dev/null || break
        sleep 0.05
    done
    [ -n "$PORT" ]
}
alive() { kill -0 "$1" 2> /dev/null; }
get() { curl -s -S --max-time 10 "$@"; }
# json EXPR < body: prints EXPR evaluated on the JSON as j
json() { python3 -c "import json,sys; j=json.load(sys.stdin); print($1)"; }
