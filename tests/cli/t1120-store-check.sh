#!/bin/sh
# dyad store check finds corruption (issue 14.8): logical damage that
# SQLite cannot see (an event's date, its counts, its key, a date that is no
# date) and damage to the file itself (PRAGMA integrity_check).  The store
# is edited with python3's sqlite3 module and bytes are flipped with python3
# (both in Debian's python3, on every machine of this project).
. tests/cli/test-lib.sh

command -v python3 > /dev/null || { bad "python3 is missing (make deps)"; test_done; }
run "$DYAD" ingest --db "$T/s.db" examples/relations/articles.jsonl
expect_status "ingest of the demo articles" 0
run "$DYAD" store check --db "$T/s.db"
expect_status "a clean store is consistent" 0

sql() {   # sql DB STATEMENT: one statement on a copy's file
    python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit()' "$1" "$2"
}
damage() {  # damage NAME WHAT-CHECK-SAYS STATEMENT
    cp "$T/s.db" "$T/d.db"
    sql "$T/d.db" "$3"
    run "$DYAD" store check --db "$T/d.db"
    check "$1: store check fails" test "$rc" -ne 0
    check "$1: named" grep -q "$2" "$T/out" "$T/err"
}
first="(SELECT MIN(id) FROM events)"
damage "an event's date moved a day" "first or last date" "UPDATE events SET date = '2099-01-02' WHERE id = $first"
damage "an event's last date" "first or last date" "UPDATE events SET last_date = '1999-01-01' WHERE id = $first"
damage "NumArticles" "NumArticles" "UPDATE events SET num_articles = num_articles + 1 WHERE id = $first"
damage "NumSources" "NumSources" "UPDATE events SET num_sources = num_sources + 7 WHERE id = $first"
damage "an event's key" "merge key" "UPDATE events SET mkey = mkey || 'x' WHERE id = $first"
damage "a mention's date that is no date" "not YYYY-MM-DD" "UPDATE mentions SET date = '2021-13-45' WHERE id = (SELECT MIN(id) FROM mentions)"
damage "an article's date" "not YYYY-MM-DD" "UPDATE articles SET date = '21-01-01xx' WHERE id = (SELECT MIN(id) FROM articles)"

# the file itself: the page-type byte of every 7th page flipped (b-tree pages
# that SQLite's integrity_check must reject); never a crash
python3 - "$T/s.db" "$T/f.db" <<'PY'
import sys
data = bytearray(open(sys.argv[1], 'rb').read())
ps = int.from_bytes(data[16:18], 'big') or 65536
for page in range(2, len(data) // ps, 7):
    data[page * ps] ^= 0xFF
open(sys.argv[2], 'wb').write(data)
PY
run "$DYAD" store check --db "$T/f.db"
check "flipped page bytes: store check fails" test "$rc" -ne 0 -a "$rc" -le 2
check "flipped page bytes: reported" grep -Eqi "integrity_check|malformed|corrupt" "$T/out" "$T/err"

# one bit of an index page (events_pair's root, in its cell area): the
# tables are intact and every count above agrees; only SQLite's own
# integrity_check sees that the index lost rows
python3 - "$T/s.db" "$T/i.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
root = c.execute("SELECT rootpage FROM sqlite_master WHERE name = 'events_pair'").fetchone()[0]
c.close()
data = bytearray(open(sys.argv[1], 'rb').read())
ps = int.from_bytes(data[16:18], 'big') or 65536
data[(root - 1) * ps + ps - 20] ^= 0x01
open(sys.argv[2], 'wb').write(data)
PY
run "$DYAD" store check --db "$T/i.db"
check "a bit of an index page: store check fails" test "$rc" -ne 0 -a "$rc" -le 2
check "a bit of an index page: integrity_check names it" grep -q "integrity_check: .*events_pair" "$T/out" "$T/err"
test_done
