#!/bin/sh
# A file that cannot be written (here /dev/full: every write fails with
# ENOSPC) is an error with exit 2 and no claim of success (issue 14.9:
# `network --graphml` printed its result line after a write error).
. tests/cli/test-lib.sh

[ -w /dev/full ] || { skip "no /dev/full on this machine"; test_done; }
run "$DYAD" ingest --quiet --db "$T/s.db" examples/relations/articles.jsonl
expect_status "ingest of the demo articles" 0
run "$DYAD" network --db "$T/s.db" --graphml /dev/full
expect_status "network --graphml /dev/full: exit 2" 2
check "network --graphml /dev/full: the error named" grep -q "/dev/full: error writing" "$T/err"
check_not "network --graphml /dev/full: no result line" grep -q "actors, .* edges" "$T/err"
run "$DYAD" trend CHN RUS --db "$T/s.db" --svg /dev/full
expect_status "trend --svg /dev/full: exit 2" 2
check "trend --svg /dev/full: the error named" grep -q "/dev/full" "$T/err"
run sh -c "'$DYAD' query --db '$T/s.db' > /dev/full"
expect_status "query > /dev/full: exit 2" 2
run sh -c "'$DYAD' code examples/beispiel-de.txt --date 2022-05-10 > /dev/full"
expect_status "code > /dev/full: exit 2" 2
test_done
