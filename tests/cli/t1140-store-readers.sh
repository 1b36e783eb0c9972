#!/bin/sh
# Commands that only read never create, migrate or write a store, and they
# read stores they cannot write (issue 14.9): a missing or 0-byte file is an
# error and stays as it was; a store in a read-only folder (no -wal or -shm
# can be made) is read.
. tests/cli/test-lib.sh

for cmd in "query" "store info" "store check" "trend CHN RUS" "network" "blocs"; do
    # shellcheck disable=SC2086
    run "$DYAD" $cmd --db "$T/none.db"
    check "$cmd on a missing store: exit 2" test "$rc" -eq 2
    check "$cmd on a missing store: nothing created" test ! -e "$T/none.db"
    : > "$T/empty.db"
    # shellcheck disable=SC2086
    run "$DYAD" $cmd --db "$T/empty.db"
    check "$cmd on a 0-byte file: exit 2" test "$rc" -eq 2
    check "$cmd on a 0-byte file: said" grep -q "empty" "$T/err"
    check "$cmd on a 0-byte file: still 0 bytes, no -wal" test ! -s "$T/empty.db" -a ! -e "$T/empty.db-wal"
    rm -f "$T/empty.db"
done

# a store in a folder nobody may write to (as root, the reader runs as
# nobody, since root writes anywhere)
mkdir "$T/ro"
run "$DYAD" ingest --db "$T/ro/s.db" examples/relations/articles.jsonl
expect_status "ingest into the folder" 0
cp "$DYAD" "$T/dyad-copy"
chmod 755 "$T" "$T/dyad-copy"; chmod 555 "$T/ro"; chmod 444 "$T/ro/s.db"
as_reader() { if [ "$(id -u)" = 0 ]; then setpriv --reuid 65534 --regid 65534 --clear-groups "$@"; else "$@"; fi; }
run as_reader "$T/dyad-copy" store info --db "$T/ro/s.db"
expect_status "store info in a read-only folder" 0
check "store info there counts the articles" grep -q "^articles	172" "$T/out"
run as_reader "$T/dyad-copy" query --db "$T/ro/s.db" --source CHN --target RUS
expect_status "query in a read-only folder" 0
check "query there finds events" test -s "$T/out"
run as_reader "$T/dyad-copy" store remerge --db "$T/ro/s.db"
check "a writer there fails with a message" test "$rc" -eq 2 -a -s "$T/err"
chmod 755 "$T/ro"
test_done
