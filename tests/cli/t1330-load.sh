#!/bin/sh
# dyad serve under load and at shutdown, on loopback only, bounded: wrk
# for 5 s (16 connections) on pages of events and 3 s on a trend; every
# answer must be a 200 with no socket error, the server must still answer
# afterwards and log every request.  Then SIGTERM while a 14 MB answer is
# being read slowly: the request in progress is finished (the client gets
# the whole JSON), then the server exits 0.
. tests/cli/test-lib.sh

missing=""
for c in wrk curl python3; do command -v $c > /dev/null 2>&1 || missing="$missing $c"; done
if [ -n "$missing" ]; then
    if [ "${CI:-}" = true ]; then bad "load test: missing$missing (make deps)"; else skip "load test: missing$missing"; fi
    test_done
fi
. tests/cli/serve-lib.sh

run "$DYAD" ingest --db "$T/s.db" examples/relations/articles.jsonl
expect_status "ingest the demo articles" 0
check "serve starts (4 threads)" start_server main --db "$T/s.db" --threads 4 --log "$T/access.log"
B=http://127.0.0.1:$PORT

# wrk_run NAME DURATION CONNECTIONS PATH
wrk_run() {
    timeout 30 wrk -t2 -c"$3" -d"$2" --timeout 5s "$B$4" > "$T/wrk.$1" 2>&1
    _rc=$?
    sed 's/^/     /' "$T/wrk.$1"
    check "wrk $1: ran" test "$_rc" -eq 0
    _reqs=$(sed -n 's/^ *\([0-9][0-9]*\) requests in.*/\1/p' "$T/wrk.$1")
    check "wrk $1: answered requests (${_reqs:-none})" test "${_reqs:-0}" -ge 20
    check_not "wrk $1: no answer other than 2xx/3xx" grep -q "Non-2xx" "$T/wrk.$1"
    check_not "wrk $1: no socket error" grep -q "Socket errors" "$T/wrk.$1"
    echo "${_reqs:-0}" >> "$T/counts"
}
wrk_run events 5s 16 "/api/events?limit=100&actor=CHN"
wrk_run trend 3s 8 "/api/trend?a=CHN&b=USA&by=week"
total=$(awk '{ s += $1 } END { print s }' "$T/counts")
get -o /dev/null -w '%{http_code}' "$B/api/health" > "$T/code"
check "after the load: still answering" grep -qx 200 "$T/code"
check "after the load: alive" alive "$PID"
logged=$(grep -c '" 200 ' "$T/access.log")
check "after the load: every answer logged ($logged >= $total)" test "$logged" -ge "$total"

# SIGTERM during a slow 14 MB answer.  The client reads the first bytes,
# then stops reading until the signal has been sent: the kernel's socket
# buffers (a few MB) cannot hold the whole answer, so the server is
# certainly still writing it when SIGTERM arrives (a client that merely
# reads slowly may let the last byte leave before the signal).
cat > "$T/slow.py" <<'PY'
import os, socket, sys, time
port, out, began, go = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16384)
s.settimeout(60)
s.connect(("127.0.0.1", port))
s.sendall(b"GET /api/trend?a=CHN&b=USA&by=day&from=1900-01-01&to=2099-12-31 HTTP/1.0\r\n"
          b"Host: 127.0.0.1\r\n\r\n")
data = [s.recv(4096)]
open(began, "w").close()
for _ in range(600):
    if os.path.exists(go):
        break
    time.sleep(0.05)
while True:
    b = s.recv(65536)
    if not b:
        break
    data.append(b)
head, _, body = b"".join(data).partition(b"\r\n\r\n")
open(out, "wb").write(body)
sys.exit(0 if head.startswith(b"HTTP/1.") and b" 200 " in head.split(b"\r\n")[0] else 1)
PY
python3 "$T/slow.py" "$PORT" "$T/big.json" "$T/began" "$T/go" &
CURL=$!
# wait until the answer has begun to arrive (a busy machine may take seconds
# to compute it)
i=0
while [ "$i" -lt 600 ] && ! [ -e "$T/began" ]; do sleep 0.05; i=$((i + 1)); done
kill -TERM "$PID"
# let the server see the signal before the client reads on
i=0
while [ "$i" -lt 100 ] && ! grep -q "SIGTERM" "$T/main.err"; do sleep 0.05; i=$((i + 1)); done
: > "$T/go"
wait "$CURL"; crc=$?
check "SIGTERM: the slow client got its answer, a 200 (exit $crc)" test "$crc" -eq 0
check "SIGTERM: the whole JSON (73049 days)" test "$(json 'len(j["series"][0]["points"])' < "$T/big.json")" = 73049
check "SIGTERM: the request was waited for" grep -q "finishing 1 request(s) in progress" "$T/main.err"
wait "$PID"; src=$?
check "SIGTERM: exit 0 afterwards" test "$src" -eq 0
check "SIGTERM: said it stopped" grep -q "dyad serve: stopped" "$T/main.err"
test_done
